'use client'

import { renderCommentBody } from '@/lib/comments/render-body'
import type { ThreadComment } from '@/lib/comments/thread-view'

// A client component only so that the thread travels to the browser once, as data: a server
// component's output is sent twice, as HTML and again as its element tree in Next's inline payload,
// which for a 200-comment thread was most of the page's bytes. There is no state here; the same
// markup is rendered on the server.
export function CommentList({
  nodes,
  canReply,
  replyToId,
  respond,
  isNested = false,
}: {
  nodes: ThreadComment[]
  canReply: boolean
  replyToId: number | null
  respond: React.ReactNode
  isNested?: boolean
}) {
  return (
    <ol className={isNested ? 'comment-children' : 'comment-list'}>
      {nodes.map((comment) => (
        <CommentItem key={comment.id} comment={comment} canReply={canReply} respondSlot={comment.id === replyToId ? respond : null}>
          {comment.children.length > 0 ? <CommentList nodes={comment.children} canReply={canReply} replyToId={replyToId} respond={respond} isNested /> : null}
        </CommentItem>
      ))}
    </ol>
  )
}

function CommentItem({
  comment,
  canReply,
  respondSlot,
  children,
}: {
  comment: ThreadComment
  canReply: boolean
  respondSlot: React.ReactNode
  children: React.ReactNode
}) {
  const nameId = `comment-${comment.id}-author`
  const isPending = comment.status === 'pending'
  return (
    <li id={`comment-${comment.id}`} className="mt-4">
      <article aria-labelledby={nameId} className={comment.isPostAuthor ? 'comment comment-by-author' : 'comment'}>
        <header className="comment-meta">
          {/* eslint-disable-next-line @next/next/no-img-element -- generated SVG avatar, served immutable */}
          <img src={`/avatar/${comment.avatarSeed}`} alt="" width={40} height={40} loading="lazy" className="avatar" />
          <b id={nameId}>
            {comment.website ? (
              <a href={comment.website} rel="ugc nofollow noopener">
                {comment.authorName}
              </a>
            ) : (
              comment.authorName
            )}
          </b>
          {comment.isPostAuthor ? <span className="author-badge">Author</span> : null}
          <span className="text-muted">says</span>
          <a href={`#comment-${comment.id}`} className="comment-date">
            <time dateTime={comment.dateIso}>{comment.dateText}</time>
          </a>
        </header>
        {isPending ? <p className="comment-pending">Your comment is awaiting moderation.</p> : null}
        <div className="comment-body">{renderCommentBody(comment.body)}</div>
        {canReply && !isPending ? (
          <a
            className="reply-link"
            href={`?replytocom=${comment.id}#respond`}
            rel="nofollow"
            data-reply-to={comment.id}
            data-reply-name={comment.authorName}
            aria-label={`Reply to ${comment.authorName}`}
          >
            Reply
          </a>
        ) : null}
      </article>
      {respondSlot}
      {children}
    </li>
  )
}
