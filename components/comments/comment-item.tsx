'use client'

import { useSyncExternalStore } from 'react'
import { parseSeenCookie, recordSeenVisit, seenCookie } from '@/lib/comments/seen-cookie'
import {
  commentArticleAttributes,
  commentArticleInnerHtml,
  commentItemInnerHtml,
  commentListClass,
  countNewComments,
  isNewComment,
  repliesSummaryInnerHtml,
  type ThreadMarks,
} from '@/lib/comments/thread-html'
import type { ThreadComment } from '@/lib/comments/thread-view'

// A client component only so that the thread travels to the browser once, as data: a server
// component's output is sent twice, as HTML and again as its element tree in Next's inline payload,
// which for a 200-comment thread was most of the page's bytes. The only state is "new since your
// last visit", read in the browser after the page loads (the page itself comes from the shared
// cache, docs/decisions/0020-gentle-comment-tools.md). Each comment's markup is an HTML string
// (lib/comments/thread-html.ts) set on its <li>, so hydrating the thread costs one element per
// top-level comment (docs/decisions/0027-static-thread-and-checkpoints.md).
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
  const newCount = lastVisitAt === null ? 0 : countNewComments(nodes, lastVisitAt)
  return (
    <>
      {newCount > 0 ? (
        <p className="mt-2">
          <span className="new-badge">{newCount === 1 ? '1 new comment' : `${newCount} new comments`}</span> since your last visit.
        </p>
      ) : null}
      <Comments nodes={nodes} marks={{ canReply, lastVisitAt }} replyToId={replyToId} respond={respond} isNested={false} />
    </>
  )
}

type ListProps = {
  nodes: ThreadComment[]
  marks: ThreadMarks
  replyToId: number | null
  respond: React.ReactNode
  isNested: boolean
}

function Comments({ nodes, isNested, ...shared }: ListProps) {
  return (
    <ol className={commentListClass(isNested)}>
      {nodes.map((comment) =>
        shared.replyToId !== null && holdsComment(comment, shared.replyToId) ? (
          <CommentWithForm key={comment.id} comment={comment} {...shared} />
        ) : (
          <li
            key={comment.id}
            id={`comment-${comment.id}`}
            className="mt-4"
            dangerouslySetInnerHTML={{ __html: commentItemInnerHtml(comment, shared.marks) }}
          />
        ),
      )}
    </ol>
  )
}

// Only on a reader's own page with the form under a comment (?replytocom=, the reply without
// JavaScript): the way from the top of the thread down to that comment is made of elements, so the
// form (a React component) can sit right after the comment it answers; everything else stays HTML.
function CommentWithForm({ comment, marks, replyToId, respond }: Omit<ListProps, 'nodes' | 'isNested'> & { comment: ThreadComment }) {
  const isNew = isNewComment(comment, marks.lastVisitAt)
  return (
    <li id={`comment-${comment.id}`} className="mt-4">
      <article
        {...commentArticleAttributes(comment, isNew)}
        dangerouslySetInnerHTML={{ __html: commentArticleInnerHtml(comment, { canReply: marks.canReply, isNew }) }}
      />
      {comment.id === replyToId ? respond : null}
      {comment.children.length > 0 ? (
        <details open className="comment-replies">
          <summary dangerouslySetInnerHTML={{ __html: repliesSummaryInnerHtml(comment) }} />
          <Comments nodes={comment.children} marks={marks} replyToId={replyToId} respond={respond} isNested />
        </details>
      ) : null}
    </li>
  )
}

function holdsComment(comment: ThreadComment, id: number): boolean {
  return comment.id === id || comment.children.some((child) => holdsComment(child, id))
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
