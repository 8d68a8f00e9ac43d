import { describe, expect, it } from 'vitest'
import { alternation, appSegments, archiveSegments, decodePathSegments, reservedSlugs, routes, uncachedSegments } from './routes'

describe('reserved names', () => {
  it('reserves every app and archive segment, and WordPress paths old links ask for', () => {
    for (const name of [...appSegments, ...archiveSegments, 'feed', 'search', 'sitemap.xml', 'wp-admin']) expect(reservedSlugs.has(name)).toBe(true)
    expect(reservedSlugs.has('about')).toBe(false)
  })

  it('never lets the front cache answer the editor, auth or per-reader routes', () => {
    for (const name of ['admin', 'login', 'api', 'preview', 'comments', 'newsletter', '_next']) expect(uncachedSegments.has(name)).toBe(true)
    expect(uncachedSegments.has('category')).toBe(false)
  })

  it('writes an alternation that matches the names exactly, dots included', () => {
    const pattern = new RegExp(`^(?:${alternation(['sitemap.xml', 'page-not-found'])})$`)
    expect(pattern.test('sitemap.xml')).toBe(true)
    expect(pattern.test('sitemapxxml')).toBe(false)
    expect(pattern.test('page-not-found')).toBe(true)
  })
})

describe('routes', () => {
  it('encodes each segment once', () => {
    expect(routes.tag('a b')).toBe('/tag/a%20b')
    expect(routes.category(['conditions', 'ΕΛ'])).toBe('/category/conditions/%CE%95%CE%9B')
    expect(routes.author('maren')).toBe('/author/maren')
    expect(routes.post('café')).toBe('/caf%C3%A9')
    expect(routes.page(['about', 'me'])).toBe('/about/me')
  })

  it('writes WordPress list and comment pages, page 1 being the base address', () => {
    expect(routes.listPage('/', 1)).toBe('/')
    expect(routes.listPage('/', 2)).toBe('/page/2')
    expect(routes.listPage('/tag/sleep', 3)).toBe('/tag/sleep/page/3')
    expect(routes.commentPage('/a-post', 1)).toBe('/a-post')
    expect(routes.commentPage('/a-post', 2)).toBe('/a-post/comment-page-2')
  })
})

describe('decodePathSegments', () => {
  it('decodes percent-encoded non-Latin slugs', () => {
    expect(decodePathSegments(['%CE%B1%CE%B2', 'x'])).toEqual(['αβ', 'x'])
  })

  it('answers null for broken percent-encoding instead of throwing', () => {
    expect(decodePathSegments(['%E0%A4%A'])).toBeNull()
  })
})
