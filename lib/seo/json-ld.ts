import type { Crumb } from '@/lib/content/breadcrumbs'

// Structured data (schema.org JSON-LD) for reader pages. serializeJsonLd is the ONE way it reaches a
// page (components/seo/json-ld.tsx): JSON.stringify does not escape "<", so a title holding
// "</script><script>…" would close the element; every "<" (and the line separators JavaScript once
// refused) becomes a \u escape, which JSON parsers read back as the same text.

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined }

export function serializeJsonLd(data: JsonValue): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

const absolute = (siteUrl: string, href: string) => (/^https?:\/\//.test(href) ? href : `${siteUrl}${href.startsWith('/') ? '' : '/'}${href}`)

/** BreadcrumbList of the very crumbs the page shows; the current page (not linked) has no item URL. */
export function breadcrumbListLd(crumbs: readonly Crumb[], siteUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      ...(crumb.href === null ? {} : { item: absolute(siteUrl, crumb.href) }),
    })),
  }
}

export type BlogPostingInput = {
  url: string
  title: string
  description: string
  publishedAt: number | null
  updatedAt: number | null
  lastReviewedAt: number | null
  imageUrl: string
  author: { name: string; url: string }
  siteTitle: string
  siteUrl: string
}

/** The later of "updated" and "last reviewed" (and never before publication). */
export function dateModified(post: { publishedAt: number | null; updatedAt: number | null; lastReviewedAt: number | null }): number | null {
  const dates = [post.publishedAt, post.updatedAt, post.lastReviewedAt].filter((value): value is number => value !== null)
  return dates.length > 0 ? Math.max(...dates) : null
}

const iso = (ms: number | null) => (ms === null ? undefined : new Date(ms).toISOString())

export function blogPostingLd(post: BlogPostingInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    mainEntityOfPage: { '@type': 'WebPage', '@id': post.url },
    url: post.url,
    headline: post.title,
    description: post.description,
    datePublished: iso(post.publishedAt),
    dateModified: iso(dateModified(post)),
    image: [post.imageUrl],
    author: { '@type': 'Person', name: post.author.name, url: post.author.url },
    publisher: { '@type': 'Organization', name: post.siteTitle, url: `${post.siteUrl}/`, logo: { '@type': 'ImageObject', url: `${post.siteUrl}/icon.svg` } },
  }
}

/** The home page's WebSite, with the search box search engines may offer (Sitelinks Search Box). */
export function webSiteLd(siteUrl: string, name: string, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    description,
    url: `${siteUrl}/`,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}
