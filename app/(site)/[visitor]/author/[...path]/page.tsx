import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { PostListing } from '@/components/post/post-listing'
import { cached } from '@/db/queries/cached'
import { pageCount, postsPerPage, splitPagination } from '@/lib/content/pagination'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ path: string[] }> }

async function findAuthor(path: string[]) {
  const split = splitPagination(path)
  if (!split || split.segments.length !== 1) return null
  const author = await cached.authorBySlug(decodeURIComponent(split.segments[0] ?? ''))
  return author ? { author, page: split.page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, settings] = await Promise.all([params.then(({ path }) => findAuthor(path)), cached.settings()])
  return { title: found ? `${found.author.name} – ${settings.siteTitle}` : settings.siteTitle }
}

export default async function AuthorArchive({ params }: Props) {
  const found = await findAuthor((await params).path)
  if (!found) notFound()
  const { author, page } = found
  const [settings, listing] = await Promise.all([cached.settings(), cached.publishedPosts({ authorId: author.id }, page, postsPerPage)])
  const totalPages = pageCount(listing.total, postsPerPage)
  if (page > totalPages) notFound()
  return (
    <>
      <Breadcrumbs crumbs={[{ label: 'Home', href: '/' }, { label: `Author: ${author.name}`, href: null }]} />
      <PostListing
        heading={`Posts by ${author.name}`}
        description={author.tagline}
        posts={listing.posts}
        page={page}
        totalPages={totalPages}
        basePath={`/author/${author.slug}`}
        timeZone={settings.timeZone}
      />
    </>
  )
}
