import { describe, expect, it } from 'vitest'
import { acceptsGzip, cacheKeyFor, PageCache } from './page-cache'

const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers })

describe('cacheKeyFor', () => {
  it('keys anonymous page requests by greeting variant and path', () => {
    expect(cacheKeyFor(get('/memantine-for-fibromyalgia'))).toBe('first /memantine-for-fibromyalgia')
    expect(cacheKeyFor(get('/', { cookie: 'sp_returning=1' }))).toBe('returning /')
    expect(cacheKeyFor({ method: 'HEAD', url: '/about', headers: {} })).toBe('first /about')
  })

  it('refuses everything that may be per-reader or is not a page', () => {
    expect(cacheKeyFor({ method: 'POST', url: '/post', headers: {} })).toBeNull()
    expect(cacheKeyFor(get('/post?replytocom=3'))).toBeNull()
    expect(cacheKeyFor(get('/post', { rsc: '1' }))).toBeNull()
    expect(cacheKeyFor(get('/post', { 'next-action': 'abc' }))).toBeNull()
    expect(cacheKeyFor(get('/post', { cookie: 'sp_returning=1; authjs.session-token=x' }))).toBeNull()
    // Reading comfort never splits the cache: the front server writes it into the shared page.
    expect(cacheKeyFor(get('/post', { cookie: 'sp_comfort=theme-dim; sp_returning=1' }))).toBe('returning /post')
    expect(cacheKeyFor(get('/post', { cookie: 'sp_comfort=theme-dim' }))).toBe('first /post')
    // Nor do the last-visit times, which only a script in the browser reads.
    expect(cacheKeyFor(get('/post', { cookie: 'sp_seen=c-t5xk2p; sp_returning=1' }))).toBe('returning /post')
    expect(cacheKeyFor(get('/post', { cookie: '__prerender_bypass=1' }))).toBeNull()
    for (const url of ['/_next/static/chunk.js', '/admin', '/admin/posts', '/api/auth/session', '/login', '/avatar/abc']) {
      expect(cacheKeyFor(get(url))).toBeNull()
    }
    // A post whose slug merely starts like a reserved path is still a page.
    expect(cacheKeyFor(get('/administrative-burden'))).toBe('first /administrative-burden')
  })

  it('leaves feeds, search, the sitemap and robots.txt to their routes (they answer conditional requests)', () => {
    for (const url of [
      '/feed',
      '/feed/',
      '/feed/atom',
      '/comments/feed',
      '/a-post/feed',
      '/a-post/feed/',
      '/category/x/feed',
      '/search',
      '/sitemap.xml',
      '/robots.txt',
      '/og/a-post',
    ]) {
      expect(cacheKeyFor(get(url))).toBeNull()
    }
    expect(cacheKeyFor(get('/feedback-welcome'))).toBe('first /feedback-welcome')
    expect(cacheKeyFor(get('/searching-for-answers'))).toBe('first /searching-for-answers')
  })
})

describe('acceptsGzip', () => {
  it('reads Accept-Encoding', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})

describe('PageCache', () => {
  const page = (text: string) => ({ status: 200, headers: {}, body: Buffer.from(text), gzipBody: Buffer.alloc(0) })

  it('expires entries after the TTL', () => {
    let now = 0
    const cache = new PageCache({ maxBytes: 1000, ttlMs: 100, now: () => now })
    cache.set('first /a', page('a'))
    now = 50
    expect(cache.get('first /a')?.body.toString()).toBe('a')
    now = 151
    expect(cache.get('first /a')).toBeNull()
  })

  it('evicts the least recently used entries beyond its byte budget', () => {
    const cache = new PageCache({ maxBytes: 10, ttlMs: 1000 })
    cache.set('first /a', page('aaaa'))
    cache.set('first /b', page('bbbb'))
    cache.get('first /a')
    cache.set('first /c', page('cccc'))
    expect(cache.get('first /b')).toBeNull()
    expect(cache.get('first /a')).not.toBeNull()
    expect(cache.get('first /c')).not.toBeNull()
    cache.set('first /huge', page('x'.repeat(11)))
    expect(cache.get('first /huge')).toBeNull()
  })

  it('does not keep a page whose render began before an invalidation', () => {
    const cache = new PageCache({ maxBytes: 10_000, ttlMs: 60_000 })
    const startedIn = cache.generation
    cache.invalidate(['/other'])
    cache.set('first /a', page('stale'), startedIn)
    expect(cache.get('first /a')).toBeNull()
    cache.set('first /a', page('fresh'), cache.generation)
    expect(cache.get('first /a')?.body.toString()).toBe('fresh')
  })

  it('invalidates paths in both variants, or everything', () => {
    const cache = new PageCache({ maxBytes: 1000, ttlMs: 1000 })
    cache.set('first /a', page('a'))
    cache.set('returning /a', page('a'))
    cache.set('first /b', page('b'))
    cache.invalidate(['/a'])
    expect(cache.size).toBe(1)
    cache.invalidate()
    expect(cache.size).toBe(0)
  })

  it('keeps unknown URLs (404s) to a small budget of their own, so they never push real pages out', () => {
    const cache = new PageCache({ maxBytes: 100, maxNotFoundBytes: 20, ttlMs: 60_000 })
    const notFound = (text: string) => ({ ...page(text), status: 404 })
    cache.set('first /real-a', page('a'.repeat(30)))
    cache.set('first /real-b', page('b'.repeat(30)))
    for (let index = 0; index < 50; index += 1) cache.set(`first /no-such-page-${index}`, notFound('n'.repeat(8)))
    expect(cache.get('first /real-a')?.body.toString()).toBe('a'.repeat(30))
    expect(cache.get('first /real-b')?.body.toString()).toBe('b'.repeat(30))
    // The most recent unknown URLs are still answered from memory, within their budget.
    expect(cache.get('first /no-such-page-49')?.status).toBe(404)
    expect(cache.get('first /no-such-page-48')?.status).toBe(404)
    expect(cache.get('first /no-such-page-47')).toBeNull()
    expect(cache.size).toBe(4)
    // A 404 larger than its budget is not kept at all.
    cache.set('first /no-such-page-big', notFound('n'.repeat(21)))
    expect(cache.get('first /no-such-page-big')).toBeNull()
  })
})
