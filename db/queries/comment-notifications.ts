import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import { db } from '../client'
import { authors, comments, posts } from '../schema'
import type { CommentModerationEmailInput } from '@/lib/email/templates/comment-moderation'
import { isReplyNotificationPaused } from '@/lib/comments/notification-pause'

export type ReplyNotificationTarget = { email: string; name: string; notifyReplies: boolean; postTitle: string; postSlug: string }

// Who to tell about a reply: the parent comment's author, only while that comment is approved (a reply
// must not reveal a held or trashed comment's author by mailing them) and only if they left an email.
// notifyReplies is false while the commenter has paused notifications ("I'm in a flare", until
// lib/comments/notification-pause.ts says the pause is over at `now`).
export async function getReplyNotificationTarget(parentCommentId: number, now = Date.now()): Promise<ReplyNotificationTarget | null> {
  const [row] = await db
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
// the comment is no longer pending (approved or deleted in the meantime).
export async function getModerationNotice(commentId: number): Promise<ModerationNotice | null> {
  const [row] = await db
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
    .where(and(eq(comments.id, commentId), eq(comments.status, 'pending')))
    .limit(1)
  return row ?? null
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
