import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { PostListing } from '@/components/post/post-listing'
import { cached } from '@/db/queries/cached'
import { resolveCategoryArchive } from '@/db/queries/reader-pages'
import { categoryHref, categoryPath } from '@/lib/content/breadcrumbs'
import { categoryAndDescendantIds } from '@/lib/content/category-tree'
import { pageCount, postsPerPage } from '@/lib/content/pagination'
import { redirectOldArchiveOrNotFound } from '@/lib/server/archive-redirect'
import { archiveMetadata } from '@/lib/server/reader-metadata'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ path: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolveCategoryArchive((await params).path)
  return archiveMetadata(
    found && {
      title: `Category: ${found.category.name}`,
      basePath: categoryHref(found.category.id, found.all),
      page: found.page,
      description: found.all.find((node) => node.id === found.category.id)?.description ?? '',
    },
  )
}

export default async function CategoryArchive({ params }: Props) {
  const { path } = await params
  const found = await resolveCategoryArchive(path)
  if (!found) return redirectOldArchiveOrNotFound('category', path)
  const { category, page, all } = found
  const [settings, listing] = await Promise.all([
    cached.settings(),
    cached.publishedPosts({ categoryIds: categoryAndDescendantIds(category.id, all) }, page, postsPerPage),
  ])
  const totalPages = pageCount(listing.total, postsPerPage)
  if (page > totalPages) notFound()
  const crumbs = [
    { label: 'Home', href: '/' },
    ...categoryPath(category.id, all).map((node) => ({ label: node.name, href: node.id === category.id ? null : categoryHref(node.id, all) })),
  ]
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <PostListing
        heading={`Category: ${category.name}`}
        description={all.find((node) => node.id === category.id)?.description}
        posts={listing.posts}
        page={page}
        totalPages={totalPages}
        basePath={categoryHref(category.id, all)}
        timeZone={settings.timeZone}
      />
    </>
  )
}
