import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { PostView } from '@/components/post/post-view'
import { ReturningBeacon } from '@/components/returning-beacon'
import { commenterCookie, parseCommenter, pendingCookie } from '@/lib/comments/cookies'
import { returningCookie } from '@/lib/http/page-cache'
import { redirectOldPathOrNotFound } from '@/lib/server/archive-redirect'
import { postOrPageMetadata } from '@/lib/server/reader-metadata'
import { loadPostPage } from '@/lib/server/reader/post-page'
import { postPasswordCookie } from '@/lib/posts/password'

// The per-reader rendering of a post: next.config.ts rewrites here when the URL or cookies carry
// something only this reader should see (?replytocom=, ?unapproved=, saved details, a pending
// comment, an unlocked password-protected post). Everyone else gets the cached route.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ path: string[] }>; searchParams: Promise<{ replytocom?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The same page as the cached one: search engines should index that, not this.
  return postOrPageMetadata((await params).path, { isNoIndex: true })
}

export default async function ConversationPage({ params, searchParams }: Props) {
  const [{ path }, query, cookieStore] = await Promise.all([params, searchParams, cookies()])
  const replyTo = Number(Array.isArray(query.replytocom) ? query.replytocom[0] : query.replytocom)
  const commenter = parseCommenter(cookieStore.get(commenterCookie)?.value)
  const view = await loadPostPage(path, {
    replyToId: Number.isInteger(replyTo) && replyTo > 0 ? replyTo : null,
    pendingKey: cookieStore.get(pendingCookie)?.value ?? null,
    commenter: commenter ? { ...commenter, saveDetails: true } : null,
    postPasswords: cookieStore.get(postPasswordCookie)?.value ?? null,
  })
  if (view === null) return redirectOldPathOrNotFound(path)
  if (view === 'no-such-comment-page') notFound()
  const isReturningVisitor = cookieStore.has(returningCookie)
  return (
    <>
      <PostView view={view} isReturningVisitor={isReturningVisitor} />
      {!isReturningVisitor && <ReturningBeacon />}
    </>
  )
}
