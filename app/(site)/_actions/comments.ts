'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { pauseReplyNotifications, stopReplyNotifications } from '@/db/queries/comment-notifications'
import { getSettings } from '@/db/queries/settings'
import { verifyNotifyToken } from '@/lib/comments/notify-token'
import { pauseUntil } from '@/lib/comments/notification-pause'
import { formatDate } from '@/lib/format'
import { stopNotificationsInput } from '@/lib/comments/schema'
import { commenterCookie, pendingCookie } from '@/lib/comments/cookies'
import { refused, type FormState } from '@/lib/form-state'
import { notifyTokenSecret } from '@/lib/server/mail/notifications'
import { contentChanged } from '@/lib/server/cache'
import { fillStampNow } from '@/lib/server/comments/fill-stamp'
import { postComment } from '@/lib/server/comments/post-comment'

// The comment form with JavaScript (components/comments/comment-respond.tsx). The same post without
// JavaScript is answered by the front server before it reaches Next (decision 0028); both are
// lib/server/comments/post-comment.ts. Refusals come back as form state with everything typed kept.
export async function postCommentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const requestHeaders = await headers()
  const cookieStore = await cookies()
  const result = await postComment(form, {
    // Set by scripts/serve.ts from the socket, overwriting anything the client sent.
    ip: requestHeaders.get('x-spoonpress-ip') ?? '',
    userAgent: requestHeaders.get('user-agent') ?? '',
    browserKey: cookieStore.get(pendingCookie)?.value ?? '',
    hasCommenterCookie: cookieStore.has(commenterCookie),
  })
  if (result.kind === 'refused') return result.state
  // Set by scripts/serve.ts: the site is https, or a trusted proxy says this request was (TRUST_PROXY).
  const secure = requestHeaders.get('x-spoonpress-secure') === '1'
  for (const cookie of result.cookies) {
    if ('remove' in cookie) cookieStore.delete(cookie.name)
    else cookieStore.set(cookie.name, cookie.value, { path: '/', maxAge: cookie.maxAgeSeconds, sameSite: 'lax', httpOnly: cookie.httpOnly, secure })
  }
  if (result.changedTags.length > 0) await contentChanged(result.changedTags)
  redirect(result.location)
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
