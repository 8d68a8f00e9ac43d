import { describe, expect, it } from 'vitest'
import { parseXml } from '@/test/xml'
import { buildRobotsTxt, buildUrlset, sitemapDocument, splitSitemap, type SitemapUrl } from './sitemap'

type Node = Record<string, unknown>
const urls = (count: number): SitemapUrl[] =>
  Array.from({ length: count }, (_, index) => ({ loc: `https://blog.example/post-${index}?a=1&b=<2>`, lastmod: Date.UTC(2026, 0, 1 + (index % 28)) }))

describe('splitSitemap', () => {
  it('keeps everything in one part up to the limit, then splits', () => {
    expect(splitSitemap([1, 2, 3], 3)).toEqual([[1, 2, 3]])
    expect(splitSitemap([1, 2, 3, 4], 3)).toEqual([[1, 2, 3], [4]])
    expect(splitSitemap([], 3)).toEqual([[]])
    expect(splitSitemap(Array.from({ length: 100_001 }, (_, index) => index)).map((part) => part.length)).toEqual([50_000, 50_000, 1])
    expect(() => splitSitemap([1], 0)).toThrow()
  })
})

describe('sitemapDocument', () => {
  it('is one urlset with loc and lastmod while it fits', () => {
    const parsed = parseXml(sitemapDocument(urls(3), null, 'https://blog.example/sitemap.xml', 3) ?? '')
    const set = parsed.urlset as Node
    expect(set['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const entries = set.url as Node[]
    expect(entries).toHaveLength(3)
    expect(entries[0]).toEqual({ loc: 'https://blog.example/post-0?a=1&b=<2>', lastmod: '2026-01-01' })
  })

  it('becomes an index of parts past the limit, each part its own urlset', () => {
    const all = urls(7)
    const index = parseXml(sitemapDocument(all, null, 'https://blog.example/sitemap.xml', 3) ?? '').sitemapindex as Node
    expect((index.sitemap as Node[]).map((entry) => entry.loc)).toEqual([1, 2, 3].map((part) => `https://blog.example/sitemap.xml?part=${part}`))
    const third = parseXml(sitemapDocument(all, 3, 'https://blog.example/sitemap.xml', 3) ?? '').urlset as Node
    expect((third.url as Node[]).map((entry) => entry.loc)).toEqual([all[6]?.loc])
    expect(sitemapDocument(all, 4, 'https://blog.example/sitemap.xml', 3)).toBeNull()
    // No parts while it fits in one file.
    expect(sitemapDocument(all, 1, 'https://blog.example/sitemap.xml', 10)).toBeNull()
  })

  it('leaves out lastmod when it is unknown', () => {
    expect(buildUrlset([{ loc: 'https://blog.example/', lastmod: null }])).toContain('<url><loc>https://blog.example/</loc></url>')
  })
})

describe('buildRobotsTxt', () => {
  it('points at the sitemap and keeps private and search pages out', () => {
    const lines = buildRobotsTxt('https://blog.example').split('\n')
    expect(lines).toContain('Sitemap: https://blog.example/sitemap.xml')
    for (const path of ['/admin', '/login', '/preview', '/search']) expect(lines).toContain(`Disallow: ${path}`)
  })
})
