import 'server-only'
import type { Metadata } from 'next'
import { cached } from '@/db/queries/cached'
import { resolveReaderPath } from '@/db/queries/reader-pages'
import { env } from '@/lib/server/env'
import { dateModified } from '@/lib/seo/json-ld'
import { readerMetadata, type FeedLink } from '@/lib/seo/metadata'
import { postDescription, postImageUrl } from '@/lib/seo/post'

// The metadata of each kind of reader page, from the same cached reads the page renders with; every
// one goes through readerMetadata (lib/seo/metadata.ts), so each page has exactly one canonical.

export async function siteMetadata(page: {
  title: string
  path: string | null
  description?: string
  feeds?: FeedLink[]
  isNoIndex?: boolean
  isHome?: boolean
}): Promise<Metadata> {
  const settings = await cached.settings()
  return readerMetadata({ siteUrl: env.siteUrl, siteTitle: settings.siteTitle, description: page.description ?? settings.tagline, ...page })
}

export async function homeMetadata(page: number): Promise<Metadata> {
  const settings = await cached.settings()
  return page === 1
    ? siteMetadata({ title: `${settings.siteTitle} – ${settings.tagline}`, path: '/', isHome: true })
    : siteMetadata({ title: `Latest posts, page ${page}`, path: `/page/${page}` })
}

// A post or page, at its own URL (comment pages share the post's canonical). The per-reader variant
// (app/(site)/conversation) is the same page for one reader: noindex, same canonical.
export async function postOrPageMetadata(path: string[], options: { isNoIndex?: boolean } = {}): Promise<Metadata> {
  const [found, settings] = await Promise.all([resolveReaderPath(path), cached.settings()])
  if (!found) return { title: `Page not found – ${settings.siteTitle}`, robots: { index: false, follow: true } }
  const site = env.siteUrl
  if (found.kind === 'page') {
    const { page, ancestors } = found
    return readerMetadata({
      siteUrl: site,
      siteTitle: settings.siteTitle,
      title: page.title,
      description: postDescription(page),
      path: `${ancestors.at(-1)?.path ?? ''}/${page.slug}`,
      image: page.featuredImage
        ? { ...page.featuredImage, url: postImageUrl(page, site) }
        : { url: postImageUrl(page, site), width: 1200, height: 630, alt: page.title },
      isNoIndex: options.isNoIndex,
    })
  }
  const { post } = found
  return readerMetadata({
    siteUrl: site,
    siteTitle: settings.siteTitle,
    title: post.title,
    description: postDescription(post),
    path: `/${post.slug}`,
    image: post.featuredImage
      ? { ...post.featuredImage, url: postImageUrl(post, site) }
      : { url: postImageUrl(post, site), width: 1200, height: 630, alt: post.title },
    article: {
      publishedAt: post.publishedAt,
      modifiedAt: dateModified(post),
      authorName: post.author.name,
      section: post.categories[0]?.name,
      tags: post.tags.map((tag) => tag.name),
    },
    feeds: [{ title: `${settings.siteTitle} » ${post.title} Comments Feed`, path: `/${post.slug}/feed` }],
    isNoIndex: options.isNoIndex,
  })
}

/** An archive (category, tag, author) at `basePath`, page `page`; its own feed is linked too. */
export async function archiveMetadata(archive: { title: string; basePath: string; page: number; description: string } | null): Promise<Metadata> {
  if (!archive) return siteMetadata({ title: 'Page not found', path: null, isNoIndex: true })
  const settings = await cached.settings()
  return siteMetadata({
    title: archive.page > 1 ? `${archive.title}, page ${archive.page}` : archive.title,
    path: archive.page > 1 ? `${archive.basePath}/page/${archive.page}` : archive.basePath,
    description: archive.description || `${archive.title} on ${settings.siteTitle}`,
    feeds: [{ title: `${settings.siteTitle} » ${archive.title} Feed`, path: `${archive.basePath}/feed` }],
  })
}
