import 'server-only'
import { getReplyNotificationTarget } from '@/db/queries/comment-notifications'
import { getSettings } from '@/db/queries/settings'
import { signNotifyToken } from '@/lib/comments/notify-token'
import { generatedSecret, env } from '@/lib/env'
import { sendEmail } from './mailer'
import { commentReplyEmail } from './templates/comment-reply'

export function notifyTokenSecret(): string {
  return generatedSecret('notify-secret')
}

export function stopNotificationsUrl(email: string): string {
  return `${env.siteUrl}/comments/stop-notifications?token=${encodeURIComponent(signNotifyToken(email, notifyTokenSecret()))}`
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
    recipientName: target.name,
  })
  await sendEmail({ to: target.email, ...message, headers: { 'List-Unsubscribe': `<${stopUrl}>` } })
}
