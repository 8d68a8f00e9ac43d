import 'server-only'
import { getModerationNotice, getReplyNotificationTarget } from '@/db/queries/comment-notifications'
import { getEditableComment } from '@/db/queries/comment-edits'
import { countPendingComments } from '@/db/queries/moderation'
import { takeHit } from '@/db/queries/rate-limits'
import { getSettings } from '@/db/queries/settings'
import { moderationEmailLimits } from '@/lib/comments/moderation'
import { signNotifyToken } from '@/lib/comments/notify-token'
import { editExpiresAt } from '@/lib/comments/edit-token'
import { generatedSecret, env } from '@/lib/server/env'
import { sendEmail } from './mailer'
import { commentModerationEmail } from '@/lib/email/templates/comment-moderation'
import { commentReplyEmail } from '@/lib/email/templates/comment-reply'
import { commentEditLinkEmail } from '@/lib/email/templates/comment-edit-link'
import { formatDateTime } from '@/lib/format'
import { commentEditUrl } from '@/lib/server/comments/edit-link'

export function notifyTokenSecret(): string {
  return generatedSecret('notify-secret')
}

export function stopNotificationsUrl(email: string): string {
  return `${env.siteUrl}/comments/stop-notifications?token=${encodeURIComponent(signNotifyToken(email, notifyTokenSecret()))}`
}

// "I'm in a flare": the same signed address as the stop link; it can only make emails fewer.
export function pauseNotificationsUrl(email: string): string {
  return `${env.siteUrl}/comments/pause-notifications?token=${encodeURIComponent(signNotifyToken(email, notifyTokenSecret()))}`
}

// Emails the author of the comment being answered, if they asked for replies, once the reply is
// approved (call it only then). Nobody is told about their own reply.
export async function notifyParentOfReply(reply: { id: number; parentId: number; authorName: string; authorEmail: string; body: string }): Promise<void> {
  const target = await getReplyNotificationTarget(reply.parentId)
  if (!target || !target.notifyReplies || target.email === reply.authorEmail.toLowerCase()) return
  const settings = await getSettings()
  const stopUrl = stopNotificationsUrl(target.email)
  const message = commentReplyEmail({
    siteTitle: settings.siteTitle,
    postTitle: target.postTitle,
    replyAuthor: reply.authorName,
    replyExcerpt: reply.body,
    replyUrl: `${env.siteUrl}/${target.postSlug}#comment-${reply.id}`,
    stopUrl,
    pauseUrl: pauseNotificationsUrl(target.email),
    recipientName: target.name,
  })
  await sendEmail({ to: target.email, ...message, headers: { 'List-Unsubscribe': `<${stopUrl}>` } })
}

// "Please moderate": tells the post's author that a comment waits for approval (call it after the
// comment is stored as pending, and only when settings.commentNotifyAuthor is on).
export async function notifyAuthorOfPendingComment(commentId: number): Promise<void> {
  const notice = await getModerationNotice(commentId)
  if (!notice) return
  // Capped per author and hour, so a comment flood cannot flood the inbox: every email carries the
  // queue's count, and the queue holds everything the capped emails would have said.
  if (!(await takeHit('moderation-email', notice.postAuthorEmail, moderationEmailLimits.windowMs, moderationEmailLimits.perWindow))) return
  const [settings, pendingCount] = await Promise.all([getSettings(), countPendingComments()])
  const message = commentModerationEmail({
    siteTitle: settings.siteTitle,
    postTitle: notice.postTitle,
    commenterName: notice.commenterName,
    commenterEmail: notice.commenterEmail,
    commenterWebsite: notice.commenterWebsite,
    commenterIp: notice.commenterIp,
    comment: notice.comment,
    reviewUrl: `${env.siteUrl}/admin/comments/${commentId}`,
    queueUrl: `${env.siteUrl}/admin/comments?status=pending`,
    pendingCount,
  })
  await sendEmail({ to: notice.postAuthorEmail, ...message })
}

// The guest's private edit/delete link for the comment they just posted (docs/decisions/0020), sent
// only when they asked to hear about replies.
export async function sendCommentEditLink(commentId: number): Promise<void> {
  const comment = await getEditableComment(commentId)
  if (!comment || comment.authorEmail.trim() === '') return
  const settings = await getSettings()
  const message = commentEditLinkEmail({
    siteTitle: settings.siteTitle,
    postTitle: comment.postTitle,
    commentExcerpt: comment.body,
    editUrl: commentEditUrl(comment.id, comment.createdAt),
    expiresText: formatDateTime(editExpiresAt(comment.createdAt), settings.timeZone),
    recipientName: comment.authorName,
  })
  await sendEmail({ to: comment.authorEmail, ...message })
}
