import type { Metadata } from 'next'
import { NotFoundView } from '@/components/layout/not-found-view'
import { cached } from '@/db/queries/cached'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

export async function generateMetadata(): Promise<Metadata> {
  const settings = await cached.settings()
  return { title: `Page not found – ${settings.siteTitle}`, robots: { index: false } }
}

// The body of every 404 (scripts/serve.ts sends it with that status; see there for why).
export default function PageNotFound() {
  return <NotFoundView />
}
