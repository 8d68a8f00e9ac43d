import { gzipSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ComfortVariants, withHtmlClasses } from './comfort-html'

const page = (html: string) => Buffer.from(html)

describe('withHtmlClasses', () => {
  it('adds classes to the <html> element, keeping its own', () => {
    const body = page('<!DOCTYPE html><html lang="en" class="font_variable"><head></head><body class="x"></body></html>')
    expect(withHtmlClasses(body, 'comfort-theme-dim').toString()).toBe(
      '<!DOCTYPE html><html lang="en" class="comfort-theme-dim font_variable"><head></head><body class="x"></body></html>',
    )
  })

  it('adds a class attribute when the element has none, and leaves other pages alone', () => {
    expect(withHtmlClasses(page('<!DOCTYPE html><html lang="en"><body class="a"></body></html>'), 'c').toString()).toBe(
      '<!DOCTYPE html><html lang="en" class="c"><body class="a"></body></html>',
    )
    const notHtml = page('{"html":"<html>"}'.padStart(2000, ' '))
    expect(withHtmlClasses(notHtml, 'c')).toBe(notHtml)
    const body = page('<html class="a">')
    expect(withHtmlClasses(body, '')).toBe(body)
  })
})

describe('ComfortVariants', () => {
  it('keeps one edited, gzipped copy per page and choice, and never serves it for a newer render', () => {
    let gzips = 0
    const variants = new ComfortVariants(1024 * 1024, (body) => {
      gzips += 1
      return gzipSync(body)
    })
    const first = { body: page('<html class="f"><p>old</p></html>') }
    const made = variants.get('first /post', first, 'comfort-theme-dim')
    expect(gunzipSync(made.gzipBody).toString()).toBe('<html class="comfort-theme-dim f"><p>old</p></html>')
    expect(variants.get('first /post', first, 'comfort-theme-dim')).toBe(made)
    expect(gzips).toBe(1)
    const rerendered = { body: page('<html class="f"><p>new</p></html>') }
    expect(variants.get('first /post', rerendered, 'comfort-theme-dim').body.toString()).toContain('new')
    expect(variants.size).toBe(1)
  })

  it('stays within its byte budget, dropping the least recently used', () => {
    const variants = new ComfortVariants(300, (body) => body)
    const source = { body: page(`<html class="f">${'x'.repeat(40)}</html>`) }
    for (const classes of ['a', 'b', 'c', 'd']) variants.get('k', source, classes)
    expect(variants.size).toBe(2)
  })
})
