import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { PostListing } from '@/components/post/post-listing'
import { cached } from '@/db/queries/cached'
import { pageCount, postsPerPage, splitPagination } from '@/lib/content/pagination'
import { oldArchiveLookup } from '@/lib/taxonomy/redirects'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ path: string[] }> }

async function findTag(path: string[]) {
  const split = splitPagination(path)
  if (!split || split.segments.length !== 1) return null
  const tag = await cached.tagBySlug(decodeURIComponent(split.segments[0] ?? ''))
  return tag ? { tag, page: split.page } : null
}

// A renamed or merged tag's old URL answers 308 to its new one (the redirects table), page tail kept.
async function redirectOrNotFound(path: string[]): Promise<never> {
  const old = oldArchiveLookup('tag', path)
  const target = old ? await cached.redirectTarget(old.fromPath) : null
  if (old && target) permanentRedirect(`${target}${old.pageSuffix}`)
  notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, settings] = await Promise.all([params.then(({ path }) => findTag(path)), cached.settings()])
  return { title: found ? `${found.tag.name} – ${settings.siteTitle}` : settings.siteTitle }
}

export default async function TagArchive({ params }: Props) {
  const { path } = await params
  const found = await findTag(path)
  if (!found) return redirectOrNotFound(path)
  const { tag, page } = found
  const [settings, listing] = await Promise.all([cached.settings(), cached.publishedPosts({ tagId: tag.id }, page, postsPerPage)])
  const totalPages = pageCount(listing.total, postsPerPage)
  if (page > totalPages || listing.total === 0) notFound()
  return (
    <>
      <Breadcrumbs crumbs={[{ label: 'Home', href: '/' }, { label: `Tag: ${tag.name}`, href: null }]} />
      <PostListing
        heading={`Tagged: ${tag.name}`}
        description={tag.description}
        posts={listing.posts}
        page={page}
        totalPages={totalPages}
        basePath={`/tag/${tag.slug}`}
        timeZone={settings.timeZone}
      />
    </>
  )
}
