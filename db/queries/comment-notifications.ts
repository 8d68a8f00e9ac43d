import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import { db } from '../client'
import { comments, posts } from '../schema'

export type ReplyNotificationTarget = { email: string; name: string; notifyReplies: boolean; postTitle: string; postSlug: string }

// Who to tell about a reply: the parent comment's author, only while that comment is approved (a reply
// must not reveal a held or trashed comment's author by mailing them) and only if they left an email.
export async function getReplyNotificationTarget(parentCommentId: number): Promise<ReplyNotificationTarget | null> {
  const [row] = await db
    .select({
      email: comments.authorEmail,
      name: comments.authorName,
      notifyReplies: comments.notifyReplies,
      postTitle: posts.title,
      postSlug: posts.slug,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(eq(comments.id, parentCommentId), eq(comments.status, 'approved')))
    .limit(1)
  if (!row || row.email.trim() === '') return null
  return row
}

// The one-click "stop reply notifications" link: every comment from that email, whatever the case it
// was typed in, stops asking. Returns how many comments changed.
export async function stopReplyNotifications(email: string): Promise<number> {
  const normalised = email.trim().toLowerCase()
  if (normalised === '') return 0
  const result = await db
    .update(comments)
    .set({ notifyReplies: false })
    .where(and(sql`lower(trim(${comments.authorEmail})) = ${normalised}`, eq(comments.notifyReplies, true)))
  return result.changes
}
