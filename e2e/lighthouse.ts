import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'

type Options = { formFactor?: 'mobile' | 'desktop'; cookie?: string }

// One Lighthouse run of one category on one URL, in Debian's Chromium (the one the browser suite
// uses). Playwright starts the browser with a debugging port for Lighthouse to drive; `cookie` lets a
// test audit a page as a reader with a setting (a theme) or as the signed-in author sees it.
async function runLighthouse(url: string, category: 'accessibility' | 'performance', options: Options) {
  const port = 9300 + Math.floor(Math.random() * 100)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`],
  })
  try {
    const formFactor = options.formFactor ?? 'mobile'
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [category],
      formFactor,
      screenEmulation:
        formFactor === 'mobile'
          ? { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false }
          : { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      extraHeaders: options.cookie ? { Cookie: options.cookie } : undefined,
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    return result.lhr
  } finally {
    await browser.close()
  }
}

// Lighthouse's accessibility audit of one URL.
export async function lighthouseAccessibility(url: string, options: Options = {}): Promise<{ score: number; failing: string[] }> {
  const { categories, audits } = await runLighthouse(url, 'accessibility', options)
  const failing = Object.values(audits)
    .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
    .map((audit) => `${audit.id}: ${audit.title}`)
  return { score: Math.round((categories.accessibility?.score ?? 0) * 100), failing }
}

export type PerformanceRun = {
  score: number
  totalBlockingTimeMs: number
  largestContentfulPaintMs: number
  /** Lighthouse's measure of this machine's CPU: under 1000 it warns the scores come out low. */
  hostBenchmarkIndex: number
}

// Lighthouse's performance score of one URL (mobile by default: a mid-range phone on a slow 4G
// connection, simulated), for `npm run bench`. Scores vary from run to run on a busy machine: take
// the median of several (medianRun).
export async function lighthousePerformance(url: string, options: Options = {}): Promise<PerformanceRun> {
  const { categories, audits, environment } = await runLighthouse(url, 'performance', options)
  return {
    score: Math.round((categories.performance?.score ?? 0) * 100),
    totalBlockingTimeMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    largestContentfulPaintMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    hostBenchmarkIndex: Math.round(environment.benchmarkIndex),
  }
}

/** The run with the median score (an odd number of runs gives a run that really happened). */
export function medianRun(runs: readonly PerformanceRun[]): PerformanceRun {
  const sorted = [...runs].sort((a, b) => a.score - b.score)
  const median = sorted[Math.floor((sorted.length - 1) / 2)]
  if (!median) throw new Error('no Lighthouse runs')
  return median
}
