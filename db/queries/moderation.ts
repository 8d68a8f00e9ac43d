import 'server-only'
import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { planStatusChange, type ModerationOperation } from '@/lib/comments/moderation-queue'
import { db, type Transaction } from '../client'
import { comments, posts, type CommentStatus } from '../schema'
import { queueReplyNotifications, type NotifiedReply, type ReplyMail } from './comment-notifications'

// The author's side of comments: the moderation queues. Unlike the reader's reads in ./comments.ts,
// these return emails and IPs, so they are only ever called behind requireAuthorPage/requireAuthorAction.

export type QueueCounts = Record<CommentStatus, number>

export async function countCommentsByStatus(): Promise<QueueCounts> {
  const rows = await db
    .select({ status: comments.status, count: sql<number>`count(*)` })
    .from(comments)
    .groupBy(comments.status)
  const counts: QueueCounts = { pending: 0, approved: 0, spam: 0, trash: 0 }
  for (const row of rows) counts[row.status] = row.count
  return counts
}

// The editor menu's badge and the "Please moderate" email: only the one number, not every queue.
export async function countPendingComments(): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)` })
    .from(comments)
    .where(eq(comments.status, 'pending'))
  return row?.count ?? 0
}

export type ModerationRow = {
  id: number
  status: CommentStatus
  authorName: string
  authorEmail: string
  authorUrl: string
  authorIp: string
  isByAuthor: boolean
  body: string
  createdAt: number
  postId: number
  postTitle: string
  postSlug: string
  postStatus: string
  parentId: number | null
  parentAuthorName: string | null
  parentBody: string | null
}

const parent = alias(comments, 'parent')

function selectModerationRows() {
  return db
    .select({
      id: comments.id,
      status: comments.status,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      authorUrl: comments.authorUrl,
      authorIp: comments.authorIp,
      authorId: comments.authorId,
      body: comments.body,
      createdAt: comments.createdAt,
      postId: comments.postId,
      postTitle: posts.title,
      postSlug: posts.slug,
      postStatus: posts.status,
      parentId: comments.parentId,
      parentAuthorName: parent.authorName,
      parentBody: parent.body,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .leftJoin(parent, eq(parent.id, comments.parentId))
}

function toModerationRow({ authorId, ...row }: Awaited<ReturnType<ReturnType<typeof selectModerationRows>['all']>>[number]): ModerationRow {
  return { ...row, isByAuthor: authorId !== null }
}

export async function listModerationQueue(options: {
  status: CommentStatus
  query: string
  page: number
  perPage: number
}): Promise<{ rows: ModerationRow[]; total: number }> {
  const conditions: SQL[] = [eq(comments.status, options.status)]
  if (options.query) {
    const pattern = `%${options.query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
    const matches = or(
      ...[comments.body, comments.authorName, comments.authorEmail, comments.authorIp, posts.title].map((column) => sql`${column} like ${pattern} escape '\\'`),
    )
    if (matches) conditions.push(matches)
  }
  const where = and(...conditions)
  const rows = await selectModerationRows()
    .where(where)
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(options.perPage)
    .offset((options.page - 1) * options.perPage)
  const [total] = await db
    .select({ count: sql<number>`count(*)` })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(where)
  return { rows: rows.map(toModerationRow), total: total?.count ?? 0 }
}

export async function getCommentForModeration(id: number): Promise<ModerationRow | null> {
  const [row] = await selectModerationRows().where(eq(comments.id, id)).limit(1)
  return row ? toModerationRow(row) : null
}

export type ModeratedComment = {
  id: number
  postId: number
  parentId: number | null
  from: CommentStatus
  to: CommentStatus | 'deleted'
  authorName: string
  authorEmail: string
  body: string
}

function approvedReplies(changed: readonly ModeratedComment[]): NotifiedReply[] {
  return changed.flatMap(({ id, parentId, to, authorName, authorEmail, body }) =>
    to === 'approved' && parentId !== null ? [{ id, parentId, authorName, authorEmail, body }] : [],
  )
}

// The approved count on posts is kept by recounting inside the same transaction: a count that drifts
// is worse than a few microseconds more per action.
export function recountApproved(tx: Transaction, postIds: Iterable<number>) {
  const ids = [...new Set(postIds)]
  if (ids.length === 0) return
  tx.update(posts)
    .set({ commentCount: sql`(select count(*) from ${comments} where ${comments.postId} = ${posts.id} and ${comments.status} = 'approved')` })
    .where(inArray(posts.id, ids))
    .run()
}

/**
 * Applies one operation to the selected comments, all in one transaction. Comments it does not apply
 * to (already approved, not in Spam or Trash for a delete) are left alone and counted as skipped.
 * Deleting a comment for good lifts its replies to its own parent, as WordPress does.
 */
export async function applyModeration(
  ids: readonly number[],
  operation: ModerationOperation,
  replyMail?: ReplyMail,
): Promise<{ changed: ModeratedComment[]; skipped: number }> {
  return db.transaction((tx) => {
    const rows = tx
      .select()
      .from(comments)
      .where(inArray(comments.id, [...ids]))
      .all()
    const changed: ModeratedComment[] = []
    for (const row of rows) {
      const plan = planStatusChange(row, operation)
      if (!plan) continue
      if ('delete' in plan) {
        tx.update(comments).set({ parentId: row.parentId }).where(eq(comments.parentId, row.id)).run()
        tx.delete(comments).where(eq(comments.id, row.id)).run()
      } else {
        tx.update(comments).set(plan).where(eq(comments.id, row.id)).run()
      }
      changed.push({
        id: row.id,
        postId: row.postId,
        parentId: row.parentId,
        from: row.status,
        to: 'delete' in plan ? 'deleted' : plan.status,
        authorName: row.authorName,
        authorEmail: row.authorEmail,
        body: row.body,
      })
    }
    recountApproved(
      tx,
      changed.map((comment) => comment.postId),
    )
    // A reply that has just gone up tells the person it answers (if they asked), queued with the approval.
    queueReplyNotifications(tx, approvedReplies(changed), replyMail)
    return { changed, skipped: ids.length - changed.length }
  })
}

export type CommentEdit = { authorName: string; authorEmail: string; authorUrl: string; body: string }

/** Returns the comment's post id, or null when the comment no longer exists. */
export async function updateCommentText(id: number, edit: CommentEdit): Promise<{ postId: number; status: CommentStatus } | null> {
  const [row] = await db.update(comments).set(edit).where(eq(comments.id, id)).returning({ postId: comments.postId, status: comments.status })
  return row ?? null
}

export type AuthorReply = { parentId: number; authorId: number; authorName: string; authorEmail: string; body: string; createdAt: number }

/**
 * The author's reply from the moderation queue: approves the comment it answers when that one is still
 * pending (answering a comment is approving it), and stores the reply approved and marked as the
 * author's. Null when the comment answered is gone, spam or trashed.
 */
export async function insertAuthorReply(
  reply: AuthorReply,
  replyMail?: ReplyMail,
): Promise<{ id: number; postId: number; approvedParent: ModeratedComment | null } | null> {
  return db.transaction((tx) => {
    const answered = tx.select().from(comments).where(eq(comments.id, reply.parentId)).get()
    if (!answered || (answered.status !== 'pending' && answered.status !== 'approved')) return null
    let approvedParent: ModeratedComment | null = null
    if (answered.status === 'pending') {
      tx.update(comments).set({ status: 'approved', statusBeforeTrash: null }).where(eq(comments.id, answered.id)).run()
      approvedParent = {
        id: answered.id,
        postId: answered.postId,
        parentId: answered.parentId,
        from: 'pending',
        to: 'approved',
        authorName: answered.authorName,
        authorEmail: answered.authorEmail,
        body: answered.body,
      }
    }
    const inserted = tx
      .insert(comments)
      .values({
        postId: answered.postId,
        parentId: answered.id,
        authorId: reply.authorId,
        authorName: reply.authorName,
        authorEmail: reply.authorEmail,
        body: reply.body,
        status: 'approved',
        createdAt: reply.createdAt,
      })
      .returning({ id: comments.id })
      .get()
    recountApproved(tx, [answered.postId])
    const published = { id: inserted.id, parentId: answered.id, authorName: reply.authorName, authorEmail: reply.authorEmail, body: reply.body }
    queueReplyNotifications(tx, [...approvedReplies(approvedParent ? [approvedParent] : []), published], replyMail)
    return { id: inserted.id, postId: answered.postId, approvedParent }
  })
}
