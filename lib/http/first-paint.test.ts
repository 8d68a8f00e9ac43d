import { describe, expect, it } from 'vitest'
import { inlineScriptHashes } from './csp'
import { lateScriptSources, lateScriptsStarter, withFirstPaintFirst } from './first-paint'

// The shape of the head and body Next 16 renders for a reader page (fonts from next/font/local).
const font = (face: string) =>
  `<link rel="preload" href="/_next/static/media/atkinson_hyperlegible_latin_${face}-s.p.abc.woff2" as="font" crossorigin="" type="font/woff2"/>`
const page =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  font('400_italic') +
  font('400_normal') +
  font('700_italic') +
  font('700_normal') +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script><script src="/_next/static/chunks/two.js" async=""></script>' +
  '<title>A post</title></head><body><main><h1>A post</h1></main>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<script src="/_next/static/chunks/one.js" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script src="/_next/static/chunks/late.js" async=""></script></body></html>'

// Runs the starter against a minimal document, as a browser would.
function runStarter(source: string, visibility: 'visible' | 'hidden') {
  const appended: { src: string; async: boolean }[] = []
  const frames: (() => void)[] = []
  const timers: (() => void)[] = []
  const listeners: (() => void)[] = []
  const document = {
    visibilityState: visibility,
    createElement: () => ({ src: '', async: false }),
    head: { appendChild: (element: { src: string; async: boolean }) => appended.push(element) },
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
  }
  const run = new Function('document', 'requestAnimationFrame', 'setTimeout', source) as (...args: unknown[]) => void
  run(
    document,
    (callback: () => void) => frames.push(callback),
    (callback: () => void) => timers.push(callback),
  )
  return { appended, frames, timers, listeners }
}

describe('withFirstPaintFirst', () => {
  const rewritten = withFirstPaintFirst(page)

  it("takes Next's async chunks and script preloads out of the page and starts them from one inline script at the end of the body", () => {
    expect(rewritten).not.toMatch(/<script src="[^"]+" async="">/)
    expect(rewritten).not.toContain('rel="preload" as="script"')
    const starter = lateScriptsStarter(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/late.js'])
    expect(rewritten.endsWith(`<script>${starter}</script></body></html>`)).toBe(true)
    // The page's own inline scripts and the no-module fallback stay where they were.
    expect(rewritten).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>')
    expect(rewritten).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>')
    expect(lateScriptSources(rewritten)).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/late.js'])
    expect(lateScriptSources(page)).toEqual([])
    // The starter is an inline script like any other: the reader policy hashes it.
    expect(inlineScriptHashes(rewritten)).toHaveLength(2)
  })

  it('preloads only the regular face of the body font', () => {
    expect(rewritten).toContain(font('400_normal'))
    for (const face of ['400_italic', '700_italic', '700_normal']) expect(rewritten).not.toContain(font(face))
    expect(rewritten).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>')
  })

  it('leaves a page without scripts or without a closing body tag with its scripts', () => {
    const noScripts = '<html><head></head><body><p>Hello</p></body></html>'
    expect(withFirstPaintFirst(noScripts)).toBe(noScripts)
    const unclosed = '<html><head><script src="/_next/static/chunks/one.js" async=""></script></head><body><p>Hello'
    expect(withFirstPaintFirst(unclosed)).toBe(unclosed)
  })

  it('never lets a chunk path close the starter script', () => {
    expect(lateScriptsStarter(['/_next/static/chunks/</script><script>alert(1)//.js'])).not.toContain('</script>')
  })
})

describe('lateScriptsStarter', () => {
  const sources = ['/_next/static/chunks/one.js', '/_next/static/chunks/two.js']

  it('adds each chunk as an async script only after the first frame and a task, then never again', () => {
    const browser = runStarter(lateScriptsStarter(sources), 'visible')
    expect(browser.appended).toEqual([])
    browser.frames.forEach((frame) => frame())
    expect(browser.appended).toEqual([])
    browser.timers.forEach((timer) => timer())
    expect(browser.appended).toEqual(sources.map((src) => ({ src, async: true })))
    browser.listeners.forEach((listener) => listener())
    expect(browser.appended).toHaveLength(2)
  })

  it('starts them at once in a hidden tab, which paints no frame', () => {
    const browser = runStarter(lateScriptsStarter(sources), 'hidden')
    expect(browser.appended.map((element) => element.src)).toEqual(sources)
    expect(browser.frames).toEqual([])
  })

  it('starts them when a tab is hidden before its first frame', () => {
    const browser = runStarter(lateScriptsStarter(sources), 'visible')
    browser.listeners.forEach((listener) => listener())
    expect(browser.appended).toHaveLength(2)
  })
})
