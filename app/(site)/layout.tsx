import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { Sidebar } from '@/components/layout/sidebar'
import type { Metadata } from 'next'
import { cached } from '@/db/queries/cached'
import { env } from '@/lib/server/env'
import { feedAlternates, siteFeeds } from '@/lib/seo/metadata'

// Feed autodiscovery for every page of the site; reader pages replace it with their own fuller set
// (lib/seo/metadata.ts readerMetadata, which always includes these).
export async function generateMetadata(): Promise<Metadata> {
  const settings = await cached.settings()
  return { alternates: { types: feedAlternates(env.siteUrl, siteFeeds(settings.siteTitle)) } }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [settings, menu, author, tags] = await Promise.all([cached.settings(), cached.menuLinks('primary'), cached.siteAuthor(), cached.popularTags()])
  return (
    <>
      <SiteHeader title={settings.siteTitle} tagline={settings.tagline} menu={menu} />
      <div className="reader-shell mx-auto grid max-w-6xl gap-10 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <main id="content" tabIndex={-1} className="min-w-0">
          {children}
        </main>
        <Sidebar author={author} settings={settings} tags={tags} />
      </div>
      <SiteFooter title={settings.siteTitle} />
    </>
  )
}
