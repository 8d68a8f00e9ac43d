import type { Metadata } from 'next'
import { PostListing } from '@/components/post/post-listing'
import { cached } from '@/db/queries/cached'
import { pageCount, postsPerPage } from '@/lib/content/pagination'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

export async function generateMetadata(): Promise<Metadata> {
  const settings = await cached.settings()
  return { title: `${settings.siteTitle} – ${settings.tagline}`, description: settings.tagline }
}

export default async function HomePage() {
  const [settings, listing] = await Promise.all([cached.settings(), cached.publishedPosts({}, 1, postsPerPage, { stickyFirst: true })])
  return (
    <PostListing
      heading={`${settings.siteTitle}: latest posts`}
      isHeadingVisible={false}
      posts={listing.posts}
      page={1}
      totalPages={pageCount(listing.total, postsPerPage)}
      basePath="/"
      timeZone={settings.timeZone}
    />
  )
}
