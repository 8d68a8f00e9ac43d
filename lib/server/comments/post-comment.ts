import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { getCommentablePost, insertComment, listApprovedAncestors } from '@/db/queries/comments'
import { getSettings } from '@/db/queries/settings'
import { cacheTags } from '@/lib/cache-tags'
import { areCommentsOpen } from '@/lib/comments/closing'
import { commenterCookie, pendingCookie, serializeCommenter } from '@/lib/comments/cookies'
import { decideModeration } from '@/lib/comments/moderation'
import { commentInput, commentMessages } from '@/lib/comments/schema'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { commentMail } from '@/lib/server/mail/notifications'
import { verifyFillStamp } from '@/lib/server/comments/fill-stamp'
import { loadModerationContext } from '@/lib/server/comments/moderation-context'

const year = 60 * 60 * 24 * 365
const twoWeeks = 60 * 60 * 24 * 14

/** What posting a comment needs from the request, whoever received it. */
export type CommentRequest = {
  /** The reader's address as the front server decided it (x-spoonpress-ip). */
  ip: string
  userAgent: string
  /** This browser's key, from its sp_pending cookie ('' when it has none). */
  browserKey: string
  hasCommenterCookie: boolean
}

/** A cookie to set (path /, SameSite=Lax, Secure when the site is https) or to remove. */
export type CookieChange = { name: string; value: string; maxAgeSeconds: number; httpOnly: boolean } | { name: string; remove: true }

export type PostCommentResult =
  | { kind: 'refused'; state: FormState }
  | {
      kind: 'posted'
      /** Where the writer goes next: their comment on the post. */
      location: string
      cookies: CookieChange[]
      /** Cache tags readers' pages must drop (empty when readers see nothing new yet). */
      changedTags: string[]
    }

// Posting a comment or a reply from the comment form (components/comments/comment-respond.tsx). Two
// callers, one rule: the server action (with JavaScript) and the front server (scripts/serve.ts, the
// plain form post, decision 0028). Refusals come back as form state with everything typed kept and
// nothing stored; success says where to redirect, so a reload never posts twice.
export async function postComment(form: FormData, request: CommentRequest): Promise<PostCommentResult> {
  const parsed = commentInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { kind: 'refused', state: invalid(parsed.error, form) }
  const input = parsed.data
  const refuse = (message: string): PostCommentResult => ({ kind: 'refused', state: refused(message, form) })

  const post = await getCommentablePost(input.postId)
  if (!post) return refuse('Sorry, comments cannot be posted on this page.')
  const settings = await getSettings()
  if (!areCommentsOpen(post, settings.commentsCloseAfterDays, Date.now())) return refuse('Comments are closed on this post.')

  // The parent must be an approved comment of this post. The reply stores the comment it answers;
  // lib/comments/tree.ts lifts replies past the configured depth into the deepest level when shown,
  // so "in reply to" and reply notifications still reach the right person.
  const parentId = input.parentId
  if (parentId !== null && !(await listApprovedAncestors(parentId, post.id))) {
    return refuse('Sorry, the comment you are replying to could not be found.')
  }

  // The fill-time stamp must be one this server signed: a bot cannot claim it started long ago.
  const startedAt = verifyFillStamp(input.startedAt)
  if (startedAt === null) return refuse(commentMessages.startedAt)
  const now = Date.now()
  const verdict = decideModeration(input, await loadModerationContext({ ...input, startedAt, postId: post.id }, request.ip, settings, now))
  if (verdict.kind === 'refused') return refuse(verdict.message)

  // The browser key names this browser's own comments: a waiting one is shown only to it, and for 24
  // hours its page carries the private edit/delete link (docs/decisions/0020-gentle-comment-tools.md).
  const isOwnedByBrowser = verdict.kind === 'pending' || verdict.kind === 'approved'
  let browserKey = request.browserKey
  if (isOwnedByBrowser && !/^[A-Za-z0-9_-]{20,64}$/.test(browserKey)) browserKey = randomBytes(24).toString('base64url')
  // The emails it causes (reply notification, "please moderate", the edit link for a commenter who
  // asked for reply emails) are queued in the same transaction (docs/decisions/0019).
  const comment = await insertComment(
    {
      postId: post.id,
      parentId,
      authorName: input.author,
      authorEmail: input.email,
      authorUrl: input.url,
      authorIp: request.ip,
      userAgent: request.userAgent.slice(0, 255),
      body: input.comment,
      status: verdict.kind,
      notifyReplies: input.notifyReplies,
      browserKeyHash: isOwnedByBrowser ? createHash('sha256').update(browserKey).digest('hex') : null,
      createdAt: now,
    },
    commentMail(settings, { sendEditLink: isOwnedByBrowser && input.notifyReplies }),
  )

  const cookies: CookieChange[] = []
  // The page after the redirect is the per-reader one (this cookie), never a cached page.
  if (isOwnedByBrowser) cookies.push({ name: pendingCookie, value: browserKey, maxAgeSeconds: twoWeeks, httpOnly: true })
  if (input.saveDetails) cookies.push({ name: commenterCookie, value: serializeCommenter(input), maxAgeSeconds: year, httpOnly: false })
  else if (request.hasCommenterCookie) cookies.push({ name: commenterCookie, remove: true })

  const postPath = `/${post.slug}`
  if (verdict.kind === 'approved') {
    // Counts and "recent comments" appear on many pages besides this post's.
    const changedTags = [cacheTags.comments(post.id), cacheTags.commentCounts]
    return { kind: 'posted', location: `${postPath}#comment-${comment.id}`, cookies, changedTags }
  }
  if (verdict.kind === 'pending') {
    return { kind: 'posted', location: `${postPath}?unapproved=${comment.id}#comment-${comment.id}`, cookies, changedTags: [] }
  }
  // Spam is stored for the author to review, and the writer is told nothing different (as WordPress).
  return { kind: 'posted', location: `${postPath}#respond`, cookies, changedTags: [] }
}
