'use client'

import { useSyncExternalStore } from 'react'
import { renderCommentBody } from '@/lib/comments/render-body'
import { parseSeenCookie, recordSeenVisit, seenCookie } from '@/lib/comments/seen-cookie'
import type { ThreadComment } from '@/lib/comments/thread-view'

// A client component only so that the thread travels to the browser once, as data: a server
// component's output is sent twice, as HTML and again as its element tree in Next's inline payload,
// which for a 200-comment thread was most of the page's bytes. The same markup is rendered on the
// server; the only state is "new since your last visit", read in the browser after the page loads
// (the page itself comes from the shared cache, docs/decisions/0020-gentle-comment-tools.md).
export function CommentList({
  nodes,
  postId,
  canReply,
  replyToId,
  respond,
}: {
  nodes: ThreadComment[]
  postId: number
  canReply: boolean
  replyToId: number | null
  respond: React.ReactNode
}) {
  const lastVisitAt = useLastVisit(postId)
  const newCount = lastVisitAt === null ? 0 : countNew(nodes, lastVisitAt)
  return (
    <>
      {newCount > 0 ? (
        <p className="mt-2">
          <span className="new-badge">{newCount === 1 ? '1 new comment' : `${newCount} new comments`}</span> since your last visit.
        </p>
      ) : null}
      <Comments nodes={nodes} canReply={canReply} replyToId={replyToId} respond={respond} lastVisitAt={lastVisitAt} isNested={false} />
    </>
  )
}

type ListProps = {
  nodes: ThreadComment[]
  canReply: boolean
  replyToId: number | null
  respond: React.ReactNode
  lastVisitAt: number | null
  isNested: boolean
}

function Comments({ nodes, isNested, ...shared }: ListProps) {
  return (
    <ol className={isNested ? 'comment-children' : 'comment-list'}>
      {nodes.map((comment) => (
        <CommentItem
          key={comment.id}
          comment={comment}
          canReply={shared.canReply}
          isNew={isNew(comment, shared.lastVisitAt)}
          respondSlot={comment.id === shared.replyToId ? shared.respond : null}
        >
          {comment.children.length > 0 ? (
            // A native disclosure: it opens and closes without JavaScript, and says how many replies it hides.
            <details open className="comment-replies">
              <summary>
                <span className="when-open">Hide {replyCountText(comment.replyCount ?? comment.children.length)}</span>
                <span className="when-closed">Show {replyCountText(comment.replyCount ?? comment.children.length)}</span>
                <span className="sr-only"> to {comment.authorName}</span>
              </summary>
              <Comments nodes={comment.children} {...shared} isNested />
            </details>
          ) : null}
        </CommentItem>
      ))}
    </ol>
  )
}

function replyCountText(count: number): string {
  return count === 1 ? '1 reply' : `${count} replies`
}

function CommentItem({
  comment,
  canReply,
  isNew,
  respondSlot,
  children,
}: {
  comment: ThreadComment
  canReply: boolean
  isNew: boolean
  respondSlot: React.ReactNode
  children: React.ReactNode
}) {
  const nameId = `comment-${comment.id}-author`
  const badgeId = `comment-${comment.id}-badge`
  const isPending = comment.status === 'pending'
  return (
    <li id={`comment-${comment.id}`} className="mt-4">
      <article
        aria-labelledby={comment.isPostAuthor ? `${nameId} ${badgeId}` : nameId}
        className={comment.isPostAuthor ? 'comment comment-by-author' : isNew ? 'comment comment-new' : 'comment'}
      >
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
          {comment.isPostAuthor ? (
            <span id={badgeId} className="author-badge">
              Post author
            </span>
          ) : null}
          {isNew ? <span className="new-badge">New since your last visit</span> : null}
          <span className="text-muted">says</span>
          <a href={`#comment-${comment.id}`} className="comment-date">
            <time dateTime={comment.dateIso}>{comment.dateText}</time>
          </a>
        </header>
        {comment.inReplyTo ? (
          <p className="in-reply-to">
            <a href={`#comment-${comment.inReplyTo.id}`}>In reply to {comment.inReplyTo.name}</a>
          </p>
        ) : null}
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
        {comment.editUrl ? (
          <p className="comment-own">
            <a href={comment.editUrl} rel="nofollow">
              Change or delete your comment
            </a>{' '}
            <span className="text-muted">(a private link for you, for 24 hours after posting)</span>
          </p>
        ) : null}
      </article>
      {respondSlot}
      {children}
    </li>
  )
}

// Your own comments and ones still waiting are never "new" to you.
function isNew(comment: ThreadComment, lastVisitAt: number | null): boolean {
  return lastVisitAt !== null && comment.status === 'approved' && comment.editUrl === undefined && Date.parse(comment.dateIso) > lastVisitAt
}

function countNew(nodes: readonly ThreadComment[], lastVisitAt: number): number {
  return nodes.reduce((sum, node) => sum + (isNew(node, lastVisitAt) ? 1 : 0) + countNew(node.children, lastVisitAt), 0)
}

// When this browser last showed this post's comments, kept in a first-party cookie that only this
// script reads (lib/comments/seen-cookie.ts): the front cache ignores it, so the page stays in the
// shared cache. Read once per page load, then "now" is stored for next time. Null on the first visit
// (nothing is marked), while hydrating (the server's HTML marks nothing) and without JavaScript.
const visitsOnLoad = new Map<number, number | null>()
const noSubscription = () => () => undefined

function readLastVisitOnce(postId: number): number | null {
  if (!visitsOnLoad.has(postId)) {
    const current = document.cookie
      .split('; ')
      .find((pair) => pair.startsWith(`${seenCookie}=`))
      ?.slice(seenCookie.length + 1)
    const visits = parseSeenCookie(current)
    visitsOnLoad.set(postId, visits.get(postId) ?? null)
    const secure = window.location.protocol === 'https:' ? '; Secure' : ''
    document.cookie = `${seenCookie}=${recordSeenVisit(visits, postId, Date.now())}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`
  }
  return visitsOnLoad.get(postId) ?? null
}

function useLastVisit(postId: number): number | null {
  return useSyncExternalStore(
    noSubscription,
    () => readLastVisitOnce(postId),
    () => null,
  )
}
