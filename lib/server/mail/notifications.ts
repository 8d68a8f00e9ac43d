import 'server-only'
import { type CommentMail, type EditLinkMail, type ModerationMail, type ReplyMail } from '@/db/queries/comment-notifications'
import { signNotifyToken } from '@/lib/comments/notify-token'
import { editExpiresAt } from '@/lib/comments/edit-token'
import { formatDateTime } from '@/lib/format'
import { commentEditUrl } from '@/lib/server/comments/edit-link'
import type { SiteSettings } from '@/lib/settings'
import { generatedSecret, env } from '@/lib/server/env'
import { outboxEmail } from './mailer'
import { commentModerationEmail } from '@/lib/email/templates/comment-moderation'
import { commentReplyEmail } from '@/lib/email/templates/comment-reply'
import { commentEditLinkEmail } from '@/lib/email/templates/comment-edit-link'

// Comment notifications. Each is a renderer: a synchronous function the transaction that causes the
// email calls (db/queries/comment-notifications.ts), with what it read in that transaction, returning
// the outbox row (outboxEmail from the mailer) or null for no email. So an email exists exactly when
// what caused it does, and the background sender delivers it (docs/decisions/0019).
//
// A new notification: write its renderer here (decide, word it with a template from
// lib/email/templates/, return outboxEmail(...)), pass it into the db/queries transaction that causes
// it, and there write its row with insertOutboxEmails(tx, ...) from db/queries/outbox.ts.

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

type MailSettings = Pick<SiteSettings, 'siteTitle'>

// Emails the author of the comment being answered, if they asked for replies (and have not paused
// them), once the reply is approved. Nobody is told about their own reply.
export function replyNotificationMail(settings: MailSettings): ReplyMail {
  return (target, reply) => {
    if (!target.notifyReplies || target.email === reply.authorEmail.toLowerCase()) return null
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
    return outboxEmail({ to: target.email, ...message, headers: { 'List-Unsubscribe': `<${stopUrl}>` } })
  }
}

// "Please moderate": tells the post's author that a comment waits for approval (queued only when
// settings.commentNotifyAuthor is on, capped per hour by queueModerationNotice).
export function moderationNoticeMail(settings: MailSettings): ModerationMail {
  return (notice) =>
    outboxEmail({
      to: notice.postAuthorEmail,
      ...commentModerationEmail({
        siteTitle: settings.siteTitle,
        postTitle: notice.postTitle,
        commenterName: notice.commenterName,
        commenterEmail: notice.commenterEmail,
        commenterWebsite: notice.commenterWebsite,
        commenterIp: notice.commenterIp,
        comment: notice.comment,
        reviewUrl: `${env.siteUrl}/admin/comments/${notice.commentId}`,
        queueUrl: `${env.siteUrl}/admin/comments?status=pending`,
        pendingCount: notice.pendingCount,
      }),
    })
}

// The guest's private edit/delete link for the comment they just posted (docs/decisions/0020), sent
// only to those who asked to hear about replies.
export function editLinkMail(settings: MailSettings & Pick<SiteSettings, 'timeZone'>): EditLinkMail {
  return (comment) =>
    comment.authorEmail.trim() === ''
      ? null
      : outboxEmail({
          to: comment.authorEmail,
          ...commentEditLinkEmail({
            siteTitle: settings.siteTitle,
            postTitle: comment.postTitle,
            commentExcerpt: comment.body,
            editUrl: commentEditUrl(comment.id, comment.createdAt),
            expiresText: formatDateTime(editExpiresAt(comment.createdAt), settings.timeZone),
            recipientName: comment.authorName,
          }),
        })
}

/** What a comment from the form may queue, by the site's settings and what the commenter asked for. */
export function commentMail(settings: MailSettings & Pick<SiteSettings, 'commentNotifyAuthor' | 'timeZone'>, options: { sendEditLink: boolean }): CommentMail {
  return {
    reply: replyNotificationMail(settings),
    moderation: settings.commentNotifyAuthor ? moderationNoticeMail(settings) : undefined,
    editLink: options.sendEditLink ? editLinkMail(settings) : undefined,
  }
}
