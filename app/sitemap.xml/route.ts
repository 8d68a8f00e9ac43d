import { cached } from '@/db/queries/cached'
import { env } from '@/lib/server/env'
import { conditionalResponse } from '@/lib/feeds/conditional'
import { sitemapDocument } from '@/lib/sitemap/sitemap'

// /sitemap.xml: one urlset, or past 50,000 URLs an index of /sitemap.xml?part=N (lib/sitemap).
export async function GET(request: Request) {
  const rawPart = new URL(request.url).searchParams.get('part')
  const part = rawPart === null ? null : /^[1-9]\d{0,4}$/.test(rawPart) ? Number(rawPart) : 0
  const entries = await cached.sitemapEntries()
  const urls = entries.map((entry) => ({ loc: `${env.siteUrl}${entry.path}`, lastmod: entry.lastmod }))
  const document = part === 0 ? null : sitemapDocument(urls, part, `${env.siteUrl}/sitemap.xml`)
  if (document === null) return new Response('Not found', { status: 404 })
  return conditionalResponse(request, document, 'application/xml; charset=utf-8', Math.max(0, ...urls.map((url) => url.lastmod ?? 0)))
}
