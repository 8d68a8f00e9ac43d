import { describe, expect, it } from 'vitest'
import { parsePurgeStyle, purgeRequests } from './cdn-purge'

describe('purgeRequests', () => {
  it('asks Varnish to ban the tags with one PURGE request (deploy/varnish.vcl)', () => {
    const requests = purgeRequests({ url: 'http://127.0.0.1:6081/', style: 'varnish', token: null }, ['comments:4', 'comment-counts', 'comments:4'])
    expect(requests).toEqual([{ url: 'http://127.0.0.1:6081/', method: 'PURGE', headers: { 'x-cache-tags': 'comments:4 comment-counts' } }])
  })

  it('sends the token only when one is configured', () => {
    const [varnish] = purgeRequests({ url: 'http://cache/', style: 'varnish', token: 's3cret' }, ['site'])
    expect(varnish?.headers['x-purge-token']).toBe('s3cret')
    const [fastly] = purgeRequests({ url: 'https://api.fastly.com/service/abc/purge', style: 'fastly', token: 'key' }, ['site', 'posts'])
    expect(fastly).toEqual({ url: 'https://api.fastly.com/service/abc/purge', method: 'POST', headers: { 'surrogate-key': 'site posts', 'fastly-key': 'key' } })
  })

  it("speaks Cloudflare's purge_cache API, at most 30 tags a call", () => {
    const tags = Array.from({ length: 31 }, (_, index) => `comments:${index + 1}`)
    const requests = purgeRequests({ url: 'https://api.cloudflare.com/client/v4/zones/z/purge_cache', style: 'cloudflare', token: 'tok' }, tags)
    expect(requests).toHaveLength(2)
    expect(requests[0]?.method).toBe('POST')
    expect(requests[0]?.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer tok' })
    expect(JSON.parse(requests[0]?.body ?? '{}').tags).toHaveLength(30)
    expect(JSON.parse(requests[1]?.body ?? '{}')).toEqual({ tags: ['comments:31'] })
  })

  it('sends nothing for tags that are not safe to send', () => {
    expect(purgeRequests({ url: 'http://cache/', style: 'varnish', token: null }, ['.*', 'a b'])).toEqual([])
  })
})

describe('parsePurgeStyle', () => {
  it('defaults to Varnish and refuses what it does not know', () => {
    expect(parsePurgeStyle(undefined)).toBe('varnish')
    expect(parsePurgeStyle(' Cloudflare ')).toBe('cloudflare')
    expect(() => parsePurgeStyle('akamai')).toThrow(/PURGE_STYLE/)
  })
})
