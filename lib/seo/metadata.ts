import type { Metadata } from 'next'

// The head of every reader page, from one function: exactly one canonical URL, the description, Open
// Graph and Twitter card tags, feed autodiscovery links, and noindex where a page must stay out of
// search engines. (Next merges metadata shallowly: a page that set `alternates` itself would drop the
// feed links, so pages pass everything through here.)

export type FeedLink = { title: string; path: string; type?: 'rss' | 'atom' }

export type ReaderPageMeta = {
  siteUrl: string
  siteTitle: string
  // The page title as the reader sees it (the document title adds the site name).
  title: string
  description: string
  // Canonical path, e.g. /a-post or /category/health/page/2 (see canonicalPath); null: none (a 404).
  path: string | null
  // Absolute or root-relative; defaults to the generated card (/og/site).
  image?: { url: string; width?: number | null; height?: number | null; alt?: string } | null
  article?: { publishedAt: number | null; modifiedAt: number | null; authorName: string; section?: string; tags?: string[] }
  feeds?: FeedLink[]
  isNoIndex?: boolean
  isHome?: boolean
}

/**
 * One canonical per page: no trailing slash, no /page/1, comment pages point at their post, and
 * percent-encoding normalised. Query strings never take part.
 */
export function canonicalPath(path: string): string {
  let clean = path.split(/[?#]/)[0] ?? '/'
  clean = `/${clean.split('/').filter(Boolean).join('/')}`
  clean = clean.replace(/\/comment-page-\d+$/, '').replace(/\/page\/1$/, '')
  return clean === '' ? '/' : clean
}

const absolute = (siteUrl: string, href: string) => (/^https?:\/\//.test(href) ? href : `${siteUrl}${href.startsWith('/') ? '' : '/'}${href}`)

/** The site's own feeds, linked from every page head; archives and posts add their own. */
export function siteFeeds(siteTitle: string): FeedLink[] {
  return [
    { title: `${siteTitle} » Feed`, path: '/feed' },
    { title: `${siteTitle} » Atom feed`, path: '/feed/atom', type: 'atom' },
    { title: `${siteTitle} » Comments feed`, path: '/comments/feed' },
  ]
}

/** Feed links as Next's `alternates.types` (the <link rel="alternate"> feed readers discover). */
export function feedAlternates(siteUrl: string, feeds: readonly FeedLink[]) {
  const ofType = (type: 'rss' | 'atom') =>
    feeds.filter((feed) => (feed.type ?? 'rss') === type).map((feed) => ({ url: absolute(siteUrl, feed.path), title: feed.title }))
  return { 'application/rss+xml': ofType('rss'), 'application/atom+xml': ofType('atom') }
}

export function readerMetadata(page: ReaderPageMeta): Metadata {
  const url = `${page.siteUrl}${canonicalPath(page.path ?? '/')}`
  const documentTitle = page.isHome ? page.title : `${page.title} – ${page.siteTitle}`
  const image = page.image ?? { url: '/og/site', width: 1200, height: 630, alt: page.siteTitle }
  const imageUrl = absolute(page.siteUrl, image.url)
  return {
    title: documentTitle,
    description: page.description,
    alternates: { canonical: page.path === null ? undefined : url, types: feedAlternates(page.siteUrl, [...siteFeeds(page.siteTitle), ...(page.feeds ?? [])]) },
    openGraph: {
      type: page.article ? 'article' : 'website',
      url,
      title: page.title,
      description: page.description,
      siteName: page.siteTitle,
      locale: 'en_US',
      images: [{ url: imageUrl, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt || page.title }],
      ...(page.article
        ? {
            publishedTime: page.article.publishedAt ? new Date(page.article.publishedAt).toISOString() : undefined,
            modifiedTime: page.article.modifiedAt ? new Date(page.article.modifiedAt).toISOString() : undefined,
            authors: [page.article.authorName],
            section: page.article.section,
            tags: page.article.tags,
          }
        : {}),
    },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images: [{ url: imageUrl, alt: image.alt || page.title }] },
    robots: page.isNoIndex ? { index: false, follow: true } : { index: true, follow: true },
  }
}
