import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListing } from '@/components/post/post-listing'
import { cached } from '@/db/queries/cached'
import { pageCount, parsePageNumber, postsPerPage } from '@/lib/content/pagination'
import { homeMetadata } from '@/lib/server/reader-metadata'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ n: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).n)
  return homeMetadata(page ?? 1)
}

export default async function HomePageN({ params }: Props) {
  const { n } = await params
  const page = parsePageNumber(n)
  if (page === null || page < 2) notFound()
  const [settings, listing] = await Promise.all([cached.settings(), cached.publishedPosts({}, page, postsPerPage, { stickyFirst: true })])
  const totalPages = pageCount(listing.total, postsPerPage)
  if (page > totalPages) notFound()
  return (
    <PostListing heading={`Latest posts, page ${page}`} posts={listing.posts} page={page} totalPages={totalPages} basePath="/" timeZone={settings.timeZone} />
  )
}
