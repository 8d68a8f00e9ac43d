import { commentBodyHtml, escapeHtml } from './render-body'
import type { ThreadComment } from './thread-view'

// The comment thread's markup as HTML strings (docs/decisions/0027-static-thread-and-checkpoints.md). The
// list in components/comments/comment-item.tsx puts them into its elements with
// dangerouslySetInnerHTML: the server writes them out as fast as it concatenates strings, and the
// browser hydrates one element per top-level comment instead of some twenty per comment. Every
// value is escaped here, as React would escape it.

export type ThreadMarks = {
  canReply: boolean
  // When this browser last showed the post's comments; null on the server and on a first visit.
  lastVisitAt: number | null
}

// Your own comments and ones still waiting are never "new" to you.
export function isNewComment(comment: ThreadComment, lastVisitAt: number | null): boolean {
  return lastVisitAt !== null && comment.status === 'approved' && comment.editUrl === undefined && Date.parse(comment.dateIso) > lastVisitAt
}

export function countNewComments(nodes: readonly ThreadComment[], lastVisitAt: number): number {
  return nodes.reduce((sum, node) => sum + (isNewComment(node, lastVisitAt) ? 1 : 0) + countNewComments(node.children, lastVisitAt), 0)
}

/** The attributes of a comment's <article>: named by its author (and the "Post author" badge). */
export function commentArticleAttributes(comment: ThreadComment, isNew: boolean): { 'aria-labelledby': string; className: string } {
  const nameId = `comment-${comment.id}-author`
  return {
    'aria-labelledby': comment.isPostAuthor ? `${nameId} comment-${comment.id}-badge` : nameId,
    className: comment.isPostAuthor ? 'comment comment-by-author' : isNew ? 'comment comment-new' : 'comment',
  }
}

/** What is inside a comment's <article>: who and when, "in reply to", the text, Reply and the private edit link. */
export function commentArticleInnerHtml(comment: ThreadComment, { canReply, isNew }: { canReply: boolean; isNew: boolean }): string {
  const id = comment.id
  const name = escapeHtml(comment.authorName)
  const isPending = comment.status === 'pending'
  return (
    '<header class="comment-meta">' +
    `<img src="/avatar/${escapeHtml(comment.avatarSeed)}" alt="" width="40" height="40" loading="lazy" class="avatar"/>` +
    `<b id="comment-${id}-author">${comment.website ? `<a href="${escapeHtml(comment.website)}" rel="ugc nofollow noopener">${name}</a>` : name}</b>` +
    (comment.isPostAuthor ? `<span id="comment-${id}-badge" class="author-badge">Post author</span>` : '') +
    (isNew ? '<span class="new-badge">New since your last visit</span>' : '') +
    '<span class="text-muted">says</span>' +
    `<a href="#comment-${id}" class="comment-date"><time datetime="${escapeHtml(comment.dateIso)}">${escapeHtml(comment.dateText)}</time></a>` +
    '</header>' +
    (comment.inReplyTo ? `<p class="in-reply-to"><a href="#comment-${comment.inReplyTo.id}">In reply to ${escapeHtml(comment.inReplyTo.name)}</a></p>` : '') +
    (isPending ? '<p class="comment-pending">Your comment is awaiting moderation.</p>' : '') +
    `<div class="comment-body">${commentBodyHtml(comment.body)}</div>` +
    (canReply && !isPending
      ? `<a class="reply-link" href="?replytocom=${id}#respond" rel="nofollow" data-reply-to="${id}" data-reply-name="${name}" aria-label="Reply to ${name}">Reply</a>`
      : '') +
    (comment.editUrl
      ? `<p class="comment-own"><a href="${escapeHtml(comment.editUrl)}" rel="nofollow">Change or delete your comment</a> ` +
        '<span class="text-muted">(a private link for you, for 24 hours after posting)</span></p>'
      : '')
  )
}

/** The inside of the native disclosure holding a comment's replies: it works without JavaScript and says how many it hides. */
export function repliesSummaryInnerHtml(comment: ThreadComment): string {
  const count = comment.replyCount ?? comment.children.length
  const replies = count === 1 ? '1 reply' : `${count} replies`
  return `<span class="when-open">Hide ${replies}</span><span class="when-closed">Show ${replies}</span><span class="sr-only"> to ${escapeHtml(comment.authorName)}</span>`
}

export function commentListClass(isNested: boolean): string {
  return isNested ? 'comment-children' : 'comment-list'
}

/** The inside of a comment's <li>: its article, then its replies (each an <li> of the same shape), all as one string. */
export function commentItemInnerHtml(comment: ThreadComment, marks: ThreadMarks): string {
  const isNew = isNewComment(comment, marks.lastVisitAt)
  const { 'aria-labelledby': labelledBy, className } = commentArticleAttributes(comment, isNew)
  const article = `<article aria-labelledby="${labelledBy}" class="${className}">${commentArticleInnerHtml(comment, { canReply: marks.canReply, isNew })}</article>`
  if (comment.children.length === 0) return article
  const items = comment.children.map((child) => `<li id="comment-${child.id}" class="mt-4">${commentItemInnerHtml(child, marks)}</li>`).join('')
  return (
    article +
    `<details open="" class="comment-replies"><summary>${repliesSummaryInnerHtml(comment)}</summary><ol class="${commentListClass(true)}">${items}</ol></details>`
  )
}
