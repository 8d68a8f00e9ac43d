import type { Metadata } from 'next'
import { PostView } from '@/components/post/post-view'
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
  return <PostView path={path} isReturningVisitor={visitor === 'returning'} reader={null} />
}
