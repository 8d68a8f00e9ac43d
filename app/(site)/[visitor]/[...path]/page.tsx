import type { Metadata } from 'next'
import { PostView } from '@/components/post/post-view'
import { cached } from '@/db/queries/cached'
import { resolveReaderPath } from '@/db/queries/reader-pages'
import { excerptFromHtml } from '@/lib/content/excerpt'
import { env } from '@/lib/server/env'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ visitor: string; path: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { path } = await params
  const [found, settings] = await Promise.all([resolveReaderPath(path), cached.settings()])
  if (!found) return { title: `Page not found – ${settings.siteTitle}` }
  const entry = found.kind === 'post' ? found.post : found.page
  return {
    title: `${entry.title} – ${settings.siteTitle}`,
    description: entry.excerpt || excerptFromHtml(entry.body, 30),
    alternates: { canonical: `${env.siteUrl}/${path.join('/')}` },
  }
}

// /{post-slug}, /{post-slug}/comment-page-N and /{parent}/{child} pages: the cached, shared variant.
export default async function PostOrPage({ params }: Props) {
  const { visitor, path } = await params
  return <PostView path={path} isReturningVisitor={visitor === 'returning'} reader={null} />
}
