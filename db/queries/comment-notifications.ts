import 'server-only'
import { and, count, eq, gte, sql } from 'drizzle-orm'
import { db, preparedQuery, type Transaction } from '../client'
import { authors, comments, posts, rateLimitHits } from '../schema'
import { insertOutboxEmails, type NewOutboxEmail } from './outbox'
import type { CommentModerationEmailInput } from '@/lib/email/templates/comment-moderation'
import { isReplyNotificationPaused } from '@/lib/comments/notification-pause'
import { moderationEmailLimits } from '@/lib/comments/moderation'

export type ReplyNotificationTarget = { email: string; name: string; notifyReplies: boolean; postTitle: string; postSlug: string }

// Who to tell about a reply: the parent comment's author, only while that comment is approved (a reply
// must not reveal a held or trashed comment's author by mailing them) and only if they left an email.
// notifyReplies is false while the commenter has paused notifications ("I'm in a flare", until
// lib/comments/notification-pause.ts says the pause is over at `now`).
export async function getReplyNotificationTarget(parentCommentId: number, now = Date.now()): Promise<ReplyNotificationTarget | null> {
  return db.transaction((tx) => readReplyNotificationTarget(tx, parentCommentId, now))
}

function readReplyNotificationTarget(tx: Transaction, parentCommentId: number, now = Date.now()): ReplyNotificationTarget | null {
  const row = tx
    .select({
      email: comments.authorEmail,
      name: comments.authorName,
      notifyReplies: comments.notifyReplies,
      pausedUntil: comments.notificationsPausedUntil,
      postTitle: posts.title,
      postSlug: posts.slug,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(eq(comments.id, parentCommentId), eq(comments.status, 'approved')))
    .limit(1)
    .get()
  if (!row || row.email.trim() === '') return null
  const { pausedUntil, ...target } = row
  return { ...target, notifyReplies: target.notifyReplies && !isReplyNotificationPaused(pausedUntil, now) }
}

// The comment's part of the "please moderate" email, plus who gets it.
export type ModerationNotice = Pick<
  CommentModerationEmailInput,
  'postTitle' | 'commenterName' | 'commenterEmail' | 'commenterWebsite' | 'commenterIp' | 'comment'
> & { postAuthorEmail: string }

// Who to tell that a comment waits for approval (the post's author) and what to tell them; null once
// the comment is no longer pending. Read in the transaction that stores each held comment: prepared
// once (on the same connection, so inside that transaction).
const pendingCommentNotice = preparedQuery((db) =>
  db
    .select({
      postAuthorEmail: authors.email,
      postTitle: posts.title,
      commenterName: comments.authorName,
      commenterEmail: comments.authorEmail,
      commenterWebsite: comments.authorUrl,
      commenterIp: comments.authorIp,
      comment: comments.body,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .innerJoin(authors, eq(authors.id, posts.authorId))
    .where(and(eq(comments.id, sql.placeholder('commentId')), eq(comments.status, 'pending')))
    .limit(1)
    .prepare(),
)

function readModerationNotice(commentId: number): ModerationNotice | null {
  return pendingCommentNotice().get({ commentId }) ?? null
}

// How notifications reach the outbox in the same transaction as what caused them (docs/decisions/0019):
// the transaction that stores a comment or approves it calls these with a renderer from
// lib/server/mail/notifications.ts, which decides and words the email (null: no email).

/** A comment that has just become visible as a reply. */
export type NotifiedReply = { id: number; parentId: number; authorName: string; authorEmail: string; body: string }
export type ReplyMail = (target: ReplyNotificationTarget, reply: NotifiedReply) => NewOutboxEmail | null
export type ModerationMail = (notice: ModerationNotice & { commentId: number; pendingCount: number }) => NewOutboxEmail | null
/** The comment a guest just posted, for the email with their private edit link. */
export type EditableCommentMailInput = { id: number; createdAt: number; authorName: string; authorEmail: string; body: string; postTitle: string }
export type EditLinkMail = (comment: EditableCommentMailInput) => NewOutboxEmail | null
/**
 * What a comment insert may queue: the reply notification (approved replies), "please moderate"
 * (pending) and the guest's edit link (given only when they asked for reply emails).
 */
export type CommentMail = { reply?: ReplyMail; moderation?: ModerationMail; editLink?: EditLinkMail }

/** Queues the notification of each reply to its parent's author, read in this transaction. */
export function queueReplyNotifications(tx: Transaction, replies: readonly NotifiedReply[], render: ReplyMail | undefined): void {
  if (!render) return
  for (const reply of replies) {
    const target = readReplyNotificationTarget(tx, reply.parentId)
    const email = target ? render(target, reply) : null
    if (email) insertOutboxEmails(tx, [email])
  }
}

const moderationEmailBucket = 'moderation-email'
const recentModerationEmails = preparedQuery((db) =>
  db
    .select({ count: count() })
    .from(rateLimitHits)
    .where(
      and(
        eq(rateLimitHits.bucket, moderationEmailBucket),
        eq(rateLimitHits.key, sql.placeholder('key')),
        gte(rateLimitHits.createdAt, sql.placeholder('since')),
      ),
    )
    .prepare(),
)

/**
 * Queues "please moderate" for a pending comment, capped per author and hour (the cap's hit is taken
 * in this transaction too): every email carries the queue's count, and the queue holds everything the
 * capped emails would have said.
 */
export function queueModerationNotice(tx: Transaction, commentId: number, render: ModerationMail | undefined, nowMs = Date.now()): void {
  if (!render) return
  const notice = readModerationNotice(commentId)
  if (!notice) return
  const key = notice.postAuthorEmail
  const recent = recentModerationEmails().get({ key, since: nowMs - moderationEmailLimits.windowMs })?.count ?? 0
  if (recent >= moderationEmailLimits.perWindow) return
  tx.insert(rateLimitHits).values({ bucket: moderationEmailBucket, key, createdAt: nowMs }).run()
  const pendingCount = tx.select({ count: count() }).from(comments).where(eq(comments.status, 'pending')).get()?.count ?? 0
  const email = render({ ...notice, commentId, pendingCount })
  if (email) insertOutboxEmails(tx, [email])
}

// Changes every comment from that email (whatever the case it was typed in) that still asks for
// replies; an empty email changes nothing. Returns how many comments changed.
async function updateCommentsAskingForReplies(email: string, change: { notifyReplies: false } | { notificationsPausedUntil: number }): Promise<number> {
  const normalised = email.trim().toLowerCase()
  if (normalised === '') return 0
  const result = await db
    .update(comments)
    .set(change)
    .where(and(sql`lower(trim(${comments.authorEmail})) = ${normalised}`, eq(comments.notifyReplies, true)))
  return result.changes
}

// The one-click "stop reply notifications" link: every comment from that email stops asking.
export async function stopReplyNotifications(email: string): Promise<number> {
  return updateCommentsAskingForReplies(email, { notifyReplies: false })
}

// "I'm in a flare": pauses reply notifications on every comment from that email until `until`; they
// come again by themselves afterwards.
export async function pauseReplyNotifications(email: string, until: number): Promise<number> {
  return updateCommentsAskingForReplies(email, { notificationsPausedUntil: until })
}
