import { describe, expect, it } from 'vitest'
import { inlineScriptHashes } from './csp'
import { lateScriptSources, lateScriptsStarter, wantsScripts, withFirstPaintFirst } from './first-paint'

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

// Runs the starter against a minimal document, as a browser would: `marked` is how many elements
// carry `wantsScripts`; `observer: false` is a browser without IntersectionObserver.
function runStarter(source: string, { marked = 0, observer = true } = {}) {
  const appended: { src: string; async: boolean }[] = []
  const listeners: { type: string; listener: () => void; options: unknown }[] = []
  const observed: unknown[] = []
  let report: ((entries: { isIntersecting: boolean }[]) => void) | null = null
  let rootMargin = ''
  let disconnected = false
  let selector = ''
  const elements = Array.from({ length: marked }, (_, index) => ({ index }))
  const document = {
    createElement: () => ({ src: '', async: false }),
    head: { appendChild: (element: { src: string; async: boolean }) => appended.push(element) },
    addEventListener: (type: string, listener: () => void, options: unknown) => listeners.push({ type, listener, options }),
    querySelectorAll: (query: string) => {
      selector = query
      return elements
    },
  }
  class FakeObserver {
    constructor(callback: typeof report, options: { rootMargin: string }) {
      report = callback
      rootMargin = options.rootMargin
    }
    observe(element: unknown) {
      observed.push(element)
    }
    disconnect() {
      disconnected = true
    }
  }
  const window = observer ? { IntersectionObserver: FakeObserver } : {}
  new Function('document', 'window', source)(document, window)
  const fire = (type: string) => listeners.filter((entry) => entry.type === type).forEach((entry) => entry.listener())
  const intersect = (...entries: boolean[]) => report?.(entries.map((isIntersecting) => ({ isIntersecting })))
  return { appended, listeners, observed, fire, intersect, selector: () => selector, rootMargin: () => rootMargin, disconnected: () => disconnected }
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
  const asScripts = sources.map((src) => ({ src, async: true }))

  it('adds nothing while the reader only reads a page with nothing marked', () => {
    const browser = runStarter(lateScriptsStarter(sources))
    expect(browser.appended).toEqual([])
    expect(browser.observed).toEqual([])
  })

  it("adds each chunk as an async script on the reader's first focus or key press, then never again", () => {
    for (const first of ['focusin', 'keydown']) {
      const browser = runStarter(lateScriptsStarter(sources))
      // Listened for while the event goes down to its target, so no handler on the page can stop it.
      expect(browser.listeners.map(({ type, options }) => [type, options])).toEqual([
        ['focusin', { capture: true, once: true }],
        ['keydown', { capture: true, once: true }],
      ])
      browser.fire(first)
      expect(browser.appended).toEqual(asScripts)
      browser.fire('focusin')
      browser.fire('keydown')
      expect(browser.appended).toHaveLength(2)
    }
  })

  it('adds them when a marked element comes within a screen of the view, and stops watching', () => {
    const browser = runStarter(lateScriptsStarter(sources), { marked: 2 })
    expect(browser.selector()).toBe('[data-wants-scripts]')
    expect(browser.observed).toHaveLength(2)
    expect(browser.rootMargin()).toBe('100% 0px')
    browser.intersect(false, false)
    expect(browser.appended).toEqual([])
    browser.intersect(false, true)
    expect(browser.appended).toEqual(asScripts)
    expect(browser.disconnected()).toBe(true)
    browser.fire('keydown')
    expect(browser.appended).toHaveLength(2)
  })

  it('adds them at once on a marked page in a browser that cannot watch the view', () => {
    expect(runStarter(lateScriptsStarter(sources), { marked: 1, observer: false }).appended).toEqual(asScripts)
    expect(runStarter(lateScriptsStarter(sources), { observer: false }).appended).toEqual([])
  })
})

describe('wantsScripts', () => {
  it('is one data attribute, spread on an element as React renders it', () => {
    expect(Object.entries(wantsScripts)).toEqual([['data-wants-scripts', '']])
  })
})
