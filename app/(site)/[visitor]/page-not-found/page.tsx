import type { Metadata } from 'next'
import { NotFoundView } from '@/components/layout/not-found-view'
import { siteMetadata } from '@/lib/server/reader-metadata'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata({ title: 'Page not found', path: null, isNoIndex: true })
}

// The body of every 404 (scripts/serve.ts sends it with that status; see there for why).
export default function PageNotFound() {
  return <NotFoundView />
}
