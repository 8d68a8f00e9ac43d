import 'server-only'
import { queueModerationNotice, type ModerationMail } from './comment-notifications'
import { and, eq, gt, inArray } from 'drizzle-orm'
import type { EditableStatus } from '@/lib/comments/moderation'
import { db } from '../client'
import { comments, posts } from '../schema'
import { recountApproved } from './moderation'

// A guest's own comment, for their private edit/delete link (docs/decisions/0020-gentle-comment-tools.md).

export type EditableComment = {
  id: number
  postId: number
  postSlug: string
  postTitle: string
  status: EditableStatus
  authorName: string
  authorEmail: string
  authorUrl: string
  body: string
  createdAt: number
}

const editableStatuses: EditableStatus[] = ['approved', 'pending', 'spam']

/** The comment an edit link names, while it can still be changed (not trashed or deleted). */
export async function getEditableComment(id: number): Promise<EditableComment | null> {
  const [row] = await db
    .select({
      id: comments.id,
      postId: comments.postId,
      postSlug: posts.slug,
      postTitle: posts.title,
      status: comments.status,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      authorUrl: comments.authorUrl,
      body: comments.body,
      createdAt: comments.createdAt,
      authorId: comments.authorId,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(eq(comments.id, id), inArray(comments.status, editableStatuses), eq(comments.type, 'comment')))
    .limit(1)
  // The blog's author edits from the editor; a guest link never opens an author's comment.
  if (!row || row.authorId !== null) return null
  return {
    id: row.id,
    postId: row.postId,
    postSlug: row.postSlug,
    postTitle: row.postTitle,
    status: row.status as EditableStatus,
    authorName: row.authorName,
    authorEmail: row.authorEmail,
    authorUrl: row.authorUrl,
    body: row.body,
    createdAt: row.createdAt,
  }
}

/** This browser's comments on a post (matched by its key hash) posted after `since`, still visible. */
export async function listRecentCommentsForBrowser(postId: number, browserKeyHash: string, since: number): Promise<{ id: number; createdAt: number }[]> {
  return db
    .select({ id: comments.id, createdAt: comments.createdAt })
    .from(comments)
    .where(
      and(
        eq(comments.postId, postId),
        eq(comments.browserKeyHash, browserKeyHash),
        inArray(comments.status, ['approved', 'pending']),
        gt(comments.createdAt, since),
      ),
    )
}

/**
 * Stores a guest's new text with the status the moderation rules gave it, and recounts the post's
 * approved comments in the same transaction (an edit may take an approved comment back to the queue).
 * Null when the comment was trashed or deleted meanwhile.
 */
export async function updateGuestComment(
  id: number,
  body: string,
  status: EditableStatus,
  moderationMail?: ModerationMail,
): Promise<{ postId: number; from: EditableStatus } | null> {
  return db.transaction((tx) => {
    const current = tx
      .select({ postId: comments.postId, status: comments.status })
      .from(comments)
      .where(and(eq(comments.id, id), inArray(comments.status, editableStatuses)))
      .get()
    if (!current) return null
    tx.update(comments).set({ body, status }).where(eq(comments.id, id)).run()
    recountApproved(tx, [current.postId])
    // Back in the queue after an edit: "please moderate" is queued with the change (docs/decisions/0019).
    if (status === 'pending' && current.status !== 'pending') queueModerationNotice(tx, id, moderationMail)
    return { postId: current.postId, from: current.status as EditableStatus }
  })
}
