'use server'

import { createHash, randomBytes } from 'node:crypto'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getCommentablePost, insertComment, listApprovedAncestors } from '@/db/queries/comments'
import { pauseReplyNotifications, stopReplyNotifications } from '@/db/queries/comment-notifications'
import { getSettings } from '@/db/queries/settings'
import { cacheTags } from '@/lib/cache-tags'
import { areCommentsOpen } from '@/lib/comments/closing'
import { decideModeration } from '@/lib/comments/moderation'
import { verifyNotifyToken } from '@/lib/comments/notify-token'
import { pauseUntil } from '@/lib/comments/notification-pause'
import { formatDate } from '@/lib/format'
import { commentInput, commentMessages, stopNotificationsInput } from '@/lib/comments/schema'
import { commenterCookie, pendingCookie, serializeCommenter } from '@/lib/comments/cookies'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { commentMail, notifyTokenSecret } from '@/lib/server/mail/notifications'
import { contentChanged } from '@/lib/server/cache'
import { fillStampNow, verifyFillStamp } from '@/lib/server/comments/fill-stamp'
import { loadModerationContext } from '@/lib/server/comments/moderation-context'

const year = 60 * 60 * 24 * 365

// Posts a comment or a reply from the comment form (components/comments/comment-respond.tsx), with
// or without JavaScript. Refusals come back as form state with everything typed kept; success
// redirects to the comment, so a reload never posts twice.
export async function postCommentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = commentInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const input = parsed.data

  const post = await getCommentablePost(input.postId)
  if (!post) return refused('Sorry, comments cannot be posted on this page.', form)
  const settings = await getSettings()
  if (!areCommentsOpen(post, settings.commentsCloseAfterDays, Date.now())) {
    return refused('Comments are closed on this post.', form)
  }

  // The parent must be an approved comment of this post. The reply stores the comment it answers;
  // lib/comments/tree.ts lifts replies past the configured depth into the deepest level when shown,
  // so "in reply to" and reply notifications still reach the right person.
  const parentId = input.parentId
  if (parentId !== null && !(await listApprovedAncestors(parentId, post.id))) {
    return refused('Sorry, the comment you are replying to could not be found.', form)
  }

  const requestHeaders = await headers()
  // Set by scripts/serve.ts from the socket, overwriting anything the client sent.
  const ip = requestHeaders.get('x-spoonpress-ip') ?? ''
  // The fill-time stamp must be one this server signed: a bot cannot claim it started long ago.
  const startedAt = verifyFillStamp(input.startedAt)
  if (startedAt === null) return refused(commentMessages.startedAt, form)
  const now = Date.now()
  const verdict = decideModeration(input, await loadModerationContext({ ...input, startedAt, postId: post.id }, ip, settings, now))
  if (verdict.kind === 'refused') return refused(verdict.message, form)

  const cookieStore = await cookies()
  // Set by scripts/serve.ts: the site is https, or a trusted proxy says this request was (TRUST_PROXY).
  const isSecure = requestHeaders.get('x-spoonpress-secure') === '1'
  // The browser key names this browser's own comments: a waiting one is shown only to it, and for 24
  // hours its page carries the private edit/delete link (docs/decisions/0020-gentle-comment-tools.md).
  const isOwnedByBrowser = verdict.kind === 'pending' || verdict.kind === 'approved'
  let browserKey = cookieStore.get(pendingCookie)?.value ?? ''
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
      authorIp: ip,
      userAgent: (requestHeaders.get('user-agent') ?? '').slice(0, 255),
      body: input.comment,
      status: verdict.kind,
      notifyReplies: input.notifyReplies,
      browserKeyHash: isOwnedByBrowser ? createHash('sha256').update(browserKey).digest('hex') : null,
      createdAt: now,
    },
    commentMail(settings, { sendEditLink: isOwnedByBrowser && input.notifyReplies }),
  )
  if (isOwnedByBrowser) {
    // The page after the redirect is the per-reader one (this cookie), never a cached page.
    cookieStore.set(pendingCookie, browserKey, { path: '/', maxAge: 60 * 60 * 24 * 14, sameSite: 'lax', httpOnly: true, secure: isSecure })
  }

  if (input.saveDetails) {
    cookieStore.set(commenterCookie, serializeCommenter(input), { path: '/', maxAge: year, sameSite: 'lax', secure: isSecure })
  } else if (cookieStore.has(commenterCookie)) {
    cookieStore.delete(commenterCookie)
  }

  const postPath = `/${post.slug}`
  if (verdict.kind === 'approved') {
    // Counts and "recent comments" appear on many pages besides this post's.
    await contentChanged([cacheTags.comments(post.id), cacheTags.commentCounts])
    redirect(`${postPath}#comment-${comment.id}`)
  }
  if (verdict.kind === 'pending') {
    redirect(`${postPath}?unapproved=${comment.id}#comment-${comment.id}`)
  }
  // Spam is stored for the author to review, and the writer is told nothing different (as WordPress).
  redirect(`${postPath}#respond`)
}

// With JavaScript, the comment form asks for a fresh stamp at the first focus in it (a cached page's
// stamp may be hours old). Anyone may have one: it only says "now", signed.
export async function newFillStampAction(): Promise<string> {
  return fillStampNow()
}

// The one-click "stop reply notifications" link in every reply email. The token is the proof: it is
// an HMAC of the address, so nobody can stop someone else's notifications without their email.
export async function stopReplyNotificationsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = stopNotificationsInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused('This link is not valid. Please use the link from your most recent email.', {})
  const email = verifyNotifyToken(parsed.data.token, notifyTokenSecret())
  if (!email) return refused('This link is not valid. Please use the link from your most recent email.', {})
  await stopReplyNotifications(email)
  return { status: 'success', message: 'Done: you will get no more reply notifications from this site.', fieldErrors: {}, values: {} }
}

// "I'm in a flare": the same signed link as stop, but reply emails come again by themselves after
// two weeks (lib/comments/notification-pause.ts).
export async function pauseReplyNotificationsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = stopNotificationsInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused('This link is not valid. Please use the link from your most recent email.', {})
  const email = verifyNotifyToken(parsed.data.token, notifyTokenSecret())
  if (!email) return refused('This link is not valid. Please use the link from your most recent email.', {})
  const until = pauseUntil(Date.now())
  await pauseReplyNotifications(email, until)
  const { timeZone } = await getSettings()
  return {
    status: 'success',
    message: `Paused: no reply notifications until ${formatDate(until, timeZone)}. They start again by themselves after that.`,
    fieldErrors: {},
    values: {},
  }
}
