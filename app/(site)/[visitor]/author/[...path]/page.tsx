import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { PostListing } from '@/components/post/post-listing'
import { cached } from '@/db/queries/cached'
import { resolveAuthorArchive } from '@/db/queries/reader-pages'
import { pageCount, postsPerPage } from '@/lib/content/pagination'
import { routes } from '@/lib/routes'
import { archiveMetadata } from '@/lib/server/reader-metadata'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ path: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolveAuthorArchive((await params).path)
  return archiveMetadata(
    found && { title: `Author: ${found.author.name}`, basePath: routes.author(found.author.slug), page: found.page, description: found.author.tagline },
  )
}

export default async function AuthorArchive({ params }: Props) {
  const found = await resolveAuthorArchive((await params).path)
  if (!found) notFound()
  const { author, page } = found
  const [settings, listing] = await Promise.all([cached.settings(), cached.publishedPosts({ authorId: author.id }, page, postsPerPage)])
  const totalPages = pageCount(listing.total, postsPerPage)
  if (page > totalPages) notFound()
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: 'Home', href: '/' },
          { label: `Author: ${author.name}`, href: null },
        ]}
      />
      <PostListing
        heading={`Posts by ${author.name}`}
        description={author.tagline}
        posts={listing.posts}
        page={page}
        totalPages={totalPages}
        basePath={routes.author(author.slug)}
        timeZone={settings.timeZone}
      />
    </>
  )
}
