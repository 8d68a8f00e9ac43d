import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AuthorReplyForm } from '@/components/admin/author-reply-form'
import { CommentEditForm } from '@/components/admin/comment-edit-form'
import { ModerationRowActions } from '@/components/admin/moderation-actions'
import { queueHref, queueLabels } from '@/components/admin/moderation-queue'
import { getCommentForModeration } from '@/db/queries/moderation'
import { getSettings } from '@/db/queries/settings'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { outcomeMessage } from '@/lib/comments/moderation-queue'
import { formatDateTime } from '@/lib/format'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Edit comment – Spoonpress' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function EditCommentPage({ params, searchParams }: Props) {
  await requireAuthorPage()
  const { id } = await params
  if (!/^\d{1,15}$/.test(id)) notFound()
  const [comment, settings, search] = await Promise.all([getCommentForModeration(Number(id)), getSettings(), searchParams])
  if (!comment) notFound()
  const here = `/admin/comments/${comment.id}`
  const notice = outcomeMessage(search)
  return (
    <>
      <p>
        <Link href={queueHref(comment.status, '')}>← {queueLabels[comment.status]} comments</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Edit comment</h1>
      <div role="status" className="mt-4">
        {notice ? <p className="rounded border border-sage bg-card p-3 font-bold">{notice}</p> : null}
      </div>
      <p className="mt-2 text-muted">
        {queueLabels[comment.status]} · {formatDateTime(comment.createdAt, settings.timeZone)} · on{' '}
        {comment.postStatus === 'published' ? <Link href={`/${comment.postSlug}#comment-${comment.id}`}>{comment.postTitle}</Link> : comment.postTitle}
        {comment.authorIp ? ` · IP ${comment.authorIp}` : ''}
      </p>
      <div className="mt-4">
        <ModerationRowActions id={comment.id} status={comment.status} authorName={comment.authorName} returnTo={here} />
      </div>
      <CommentEditForm
        id={comment.id}
        returnTo={here}
        initial={{ author: comment.authorName, email: comment.authorEmail, url: comment.authorUrl, comment: comment.body }}
      />
      {comment.status === 'pending' || comment.status === 'approved' ? (
        <section aria-labelledby="reply-heading" className="mt-10 max-w-2xl">
          <h2 id="reply-heading" className="text-xl font-bold">
            Reply
          </h2>
          <AuthorReplyForm parentId={comment.id} authorName={comment.authorName} returnTo={here} />
        </section>
      ) : null}
    </>
  )
}
