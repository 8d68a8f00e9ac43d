// Queues one notification on its own, for tests of what a notification says and to whom. The app
// never does this: every notification is queued inside the transaction that causes it
// (docs/decisions/0019-durable-outbox.md), so these wrappers live with the tests.
import { db } from '@/db/client'
import { queueModerationNotice, queueReplyNotifications, type NotifiedReply } from '@/db/queries/comment-notifications'
import { getSettings } from '@/db/queries/settings'
import { moderationNoticeMail, replyNotificationMail } from '@/lib/server/mail/notifications'

export async function notifyParentOfReply(reply: NotifiedReply): Promise<void> {
  const render = replyNotificationMail(await getSettings())
  await db.transaction((tx) => queueReplyNotifications(tx, [reply], render))
}

export async function notifyAuthorOfPendingComment(commentId: number): Promise<void> {
  const render = moderationNoticeMail(await getSettings())
  await db.transaction((tx) => queueModerationNotice(tx, commentId, render))
}
