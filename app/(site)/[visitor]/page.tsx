import type { Metadata } from 'next'
import { PostListing } from '@/components/post/post-listing'
import { JsonLd } from '@/components/seo/json-ld'
import { cached } from '@/db/queries/cached'
import { pageCount, postsPerPage } from '@/lib/content/pagination'
import { env } from '@/lib/server/env'
import { webSiteLd } from '@/lib/seo/json-ld'
import { homeMetadata } from '@/lib/server/reader-metadata'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

export async function generateMetadata(): Promise<Metadata> {
  return homeMetadata(1)
}

export default async function HomePage() {
  const [settings, listing] = await Promise.all([cached.settings(), cached.publishedPosts({}, 1, postsPerPage, { stickyFirst: true })])
  return (
    <>
      <JsonLd data={webSiteLd(env.siteUrl, settings.siteTitle, settings.tagline)} />
      <PostListing
        heading={`${settings.siteTitle}: latest posts`}
        isHeadingVisible={false}
        posts={listing.posts}
        page={1}
        totalPages={pageCount(listing.total, postsPerPage)}
        basePath="/"
        timeZone={settings.timeZone}
      />
    </>
  )
}
