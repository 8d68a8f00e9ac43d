import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { PostListing } from '@/components/post/post-listing'
import { cached } from '@/db/queries/cached'
import { resolveTagArchive } from '@/db/queries/reader-pages'
import { pageCount, postsPerPage } from '@/lib/content/pagination'
import { redirectOldArchiveOrNotFound } from '@/lib/server/archive-redirect'
import { routes } from '@/lib/routes'
import { archiveMetadata } from '@/lib/server/reader-metadata'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ path: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolveTagArchive((await params).path)
  return archiveMetadata(
    found && { title: `Tag: ${found.tag.name}`, basePath: routes.tag(found.tag.slug), page: found.page, description: found.tag.description },
  )
}

export default async function TagArchive({ params }: Props) {
  const { path } = await params
  const found = await resolveTagArchive(path)
  if (!found) return redirectOldArchiveOrNotFound('tag', path)
  const { tag, page } = found
  const [settings, listing] = await Promise.all([cached.settings(), cached.publishedPosts({ tagId: tag.id }, page, postsPerPage)])
  const totalPages = pageCount(listing.total, postsPerPage)
  if (page > totalPages || listing.total === 0) notFound()
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: 'Home', href: '/' },
          { label: `Tag: ${tag.name}`, href: null },
        ]}
      />
      <PostListing
        heading={`Tagged: ${tag.name}`}
        description={tag.description}
        posts={listing.posts}
        page={page}
        totalPages={totalPages}
        basePath={routes.tag(tag.slug)}
        timeZone={settings.timeZone}
      />
    </>
  )
}
