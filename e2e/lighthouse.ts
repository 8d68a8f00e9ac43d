import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'

// Lighthouse's accessibility audit of one URL, in Debian's Chromium (the one the browser suite uses).
// Playwright starts the browser with a debugging port for Lighthouse to drive; `cookie` lets a test
// audit a page as a reader with a setting (a theme) or as the signed-in author sees it.
export async function lighthouseAccessibility(
  url: string,
  options: { formFactor?: 'mobile' | 'desktop'; cookie?: string } = {},
): Promise<{ score: number; failing: string[] }> {
  const port = 9300 + Math.floor(Math.random() * 500)
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
      onlyCategories: ['accessibility'],
      formFactor,
      screenEmulation:
        formFactor === 'mobile'
          ? { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false }
          : { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      extraHeaders: options.cookie ? { Cookie: options.cookie } : undefined,
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { categories, audits } = result.lhr
    const failing = Object.values(audits)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => `${audit.id}: ${audit.title}`)
    return { score: Math.round((categories.accessibility?.score ?? 0) * 100), failing }
  } finally {
    await browser.close()
  }
}
