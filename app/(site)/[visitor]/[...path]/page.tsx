import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostView } from '@/components/post/post-view'
import { redirectOldPathOrNotFound } from '@/lib/server/archive-redirect'
import { loadPostPage } from '@/lib/server/reader/post-page'
import { postOrPageMetadata } from '@/lib/server/reader-metadata'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ visitor: string; path: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postOrPageMetadata((await params).path)
}

// /{post-slug}, /{post-slug}/comment-page-N and /{parent}/{child} pages: the cached, shared variant.
export default async function PostOrPage({ params }: Props) {
  const { visitor, path } = await params
  const view = await loadPostPage(path, null)
  if (view === null) return redirectOldPathOrNotFound(path)
  if (view === 'no-such-comment-page') notFound()
  return <PostView view={view} isReturningVisitor={visitor === 'returning'} />
}
