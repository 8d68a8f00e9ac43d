import { escapeXml } from '@/lib/feeds/xml'

// Sitemaps per https://www.sitemaps.org/protocol.html: at most 50,000 URLs a file; past that, an
// index of child sitemaps. robots.txt points crawlers at it and keeps private and per-query pages out.

export const sitemapUrlLimit = 50_000

export type SitemapUrl = { loc: string; lastmod: number | null }

/** One sitemap when the URLs fit, else the parts an index lists (each at most `limit` URLs). */
export function splitSitemap<T>(urls: readonly T[], limit = sitemapUrlLimit): T[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('the limit must be a positive whole number')
  const parts: T[][] = []
  for (let start = 0; start < urls.length; start += limit) parts.push(urls.slice(start, start + limit))
  return parts.length > 0 ? parts : [[]]
}

// W3C datetime; a day is enough precision and keeps the file stable.
const lastmod = (ms: number | null) => (ms ? `<lastmod>${new Date(ms).toISOString().slice(0, 10)}</lastmod>` : '')

export function buildUrlset(urls: readonly SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastmod)}</url>`),
    '</urlset>\n',
  ].join('')
}

export function buildSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((sitemap) => `<sitemap><loc>${escapeXml(sitemap.loc)}</loc>${lastmod(sitemap.lastmod)}</sitemap>`),
    '</sitemapindex>\n',
  ].join('')
}

/** The sitemap document for a request: the urlset, or the index, or one part of it (null: no such part). */
export function sitemapDocument(urls: readonly SitemapUrl[], part: number | null, sitemapUrl: string, limit = sitemapUrlLimit): string | null {
  const parts = splitSitemap(urls, limit)
  if (part === null) {
    if (parts.length === 1) return buildUrlset(parts[0] ?? [])
    return buildSitemapIndex(
      parts.map((chunk, index) => ({ loc: `${sitemapUrl}?part=${index + 1}`, lastmod: Math.max(0, ...chunk.map((url) => url.lastmod ?? 0)) || null })),
    )
  }
  const chunk = parts.length > 1 ? parts[part - 1] : undefined
  return chunk ? buildUrlset(chunk) : null
}

/** robots.txt: everything readable, but the editor, sign-in, previews and search results stay out. */
export function buildRobotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /login',
    'Disallow: /preview',
    'Disallow: /search',
    '',
    `Sitemap: ${siteUrl}/sitemap.xml`,
    '',
  ].join('\n')
}
