import type { CommentNode } from '@/lib/comments/tree'
import { renderCommentBody } from '@/lib/comments/render-body'
import { formatDateTime, isoDate } from '@/lib/format'

// Only http(s) websites become links; anything else stored in the column is shown as nothing.
function safeWebsite(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

export function CommentItem({
  comment,
  timeZone,
  canReply,
  respondSlot,
  children,
}: {
  comment: CommentNode
  timeZone: string
  canReply: boolean
  respondSlot?: React.ReactNode
  children?: React.ReactNode
}) {
  const website = safeWebsite(comment.authorUrl)
  const nameId = `comment-${comment.id}-author`
  const isPending = comment.status === 'pending'
  return (
    <li id={`comment-${comment.id}`} className="mt-4">
      <article aria-labelledby={nameId} className={comment.isPostAuthor ? 'comment comment-by-author' : 'comment'}>
        <header className="comment-meta">
          {/* eslint-disable-next-line @next/next/no-img-element -- generated SVG avatar, served immutable */}
          <img src={`/avatar/${comment.avatarSeed}`} alt="" width={40} height={40} loading="lazy" className="avatar" />
          <b id={nameId}>
            {website ? (
              <a href={website} rel="ugc nofollow noopener">
                {comment.authorName}
              </a>
            ) : (
              comment.authorName
            )}
          </b>
          {comment.isPostAuthor ? <span className="author-badge">Author</span> : null}
          <span className="text-muted">says</span>
          <a href={`#comment-${comment.id}`} className="comment-date">
            <time dateTime={isoDate(comment.createdAt)}>{formatDateTime(comment.createdAt, timeZone)}</time>
          </a>
        </header>
        {isPending ? <p className="comment-pending">Your comment is awaiting moderation.</p> : null}
        <div className="comment-body">{renderCommentBody(comment.body)}</div>
        {canReply && !isPending ? (
          <a className="reply-link" href={`?replytocom=${comment.id}#respond`} rel="nofollow" data-reply-to={comment.id} data-reply-name={comment.authorName} aria-label={`Reply to ${comment.authorName}`}>
            Reply
          </a>
        ) : null}
      </article>
      {respondSlot}
      {children}
    </li>
  )
}
