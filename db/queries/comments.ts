import 'server-only'
import { createHmac } from 'node:crypto'
import { and, asc, desc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm'
import type { CommentView } from '@/lib/comments/tree'
import { generatedSecret } from '@/lib/server/env'
import { db, preparedQuery } from '../client'
import { comments, posts, type NewComment } from '../schema'
import { queueModerationNotice, queueReplyNotifications, type CommentMail } from './comment-notifications'
import { insertOutboxEmails } from './outbox'

// Avatars are drawn from a keyed hash of the email, so the same commenter keeps the same picture
// while the address itself (or a guessable unkeyed hash of it, as Gravatar's) never reaches a page.
// The secret is read once per list (it lives in a file), not once per comment.
function avatarSeedFor(secret: string, email: string, fallback: string): string {
  const key = email.trim().toLowerCase() || fallback
  return createHmac('sha256', secret).update(key).digest('hex').slice(0, 20)
}

// The one read of comments for a page: never the email (only the avatar seed made from it).
async function selectCommentViews(where: SQL | undefined, status: CommentView['status']): Promise<CommentView[]> {
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: comments.authorName,
      authorUrl: comments.authorUrl,
      authorEmail: comments.authorEmail,
      commentAuthorId: comments.authorId,
      postAuthorId: posts.authorId,
      body: comments.body,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(where)
    .orderBy(asc(comments.createdAt), asc(comments.id))
  const avatarSecret = generatedSecret('avatar-secret')
  return rows.map(({ authorEmail, commentAuthorId, postAuthorId, ...row }) => ({
    ...row,
    isPostAuthor: commentAuthorId !== null && commentAuthorId === postAuthorId,
    avatarSeed: avatarSeedFor(avatarSecret, authorEmail, row.authorName),
    status,
  }))
}

export async function listApprovedComments(postId: number): Promise<CommentView[]> {
  return selectCommentViews(and(eq(comments.postId, postId), eq(comments.status, 'approved'), eq(comments.type, 'comment')), 'approved')
}

export type CommentablePost = { id: number; slug: string; commentStatus: 'open' | 'closed'; publishedAt: number | null; authorId: number }

// The queries of posting a comment (lib/server/comments/post-comment.ts) run on every post: prepared
// once (preparedQuery in db/client.ts).
const commentablePost = preparedQuery((db) =>
  db
    .select({ id: posts.id, slug: posts.slug, commentStatus: posts.commentStatus, publishedAt: posts.publishedAt, authorId: posts.authorId })
    .from(posts)
    .where(and(eq(posts.id, sql.placeholder('postId')), eq(posts.type, 'post'), eq(posts.status, 'published')))
    .limit(1)
    .prepare(),
)

// Only published posts take comments; a draft, a page or a trashed post answers null.
export async function getCommentablePost(postId: number): Promise<CommentablePost | null> {
  return (await commentablePost().get({ postId })) ?? null
}

const approvedCommentOfPost = preparedQuery((db) =>
  db
    .select({ id: comments.id, parentId: comments.parentId })
    .from(comments)
    .where(and(eq(comments.id, sql.placeholder('commentId')), eq(comments.postId, sql.placeholder('postId')), eq(comments.status, 'approved')))
    .limit(1)
    .prepare(),
)

// The chain from an approved comment up to its thread's top-level comment (the comment itself first),
// or null when the comment is not an approved comment of that post.
export async function listApprovedAncestors(commentId: number, postId: number): Promise<number[] | null> {
  const chain: number[] = []
  let currentId: number | null = commentId
  while (currentId !== null && chain.length < 100) {
    const row: { id: number; parentId: number | null } | undefined = await approvedCommentOfPost().get({ commentId: currentId, postId })
    if (!row) return chain.length === 0 ? null : chain
    chain.push(row.id)
    currentId = row.parentId
  }
  return chain
}

const approvedGuestComment = preparedQuery((db) =>
  db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        sql`lower(${comments.authorEmail}) = ${sql.placeholder('email')}`,
        sql`lower(trim(${comments.authorName})) = ${sql.placeholder('name')}`,
        eq(comments.status, 'approved'),
        isNull(comments.authorId),
      ),
    )
    .limit(1)
    .prepare(),
)

// A returning guest, as WordPress judges one: an approved comment with the same name AND email,
// written as a guest (an author's own comments never vouch for anyone).
export async function hasApprovedGuestComment(name: string, email: string): Promise<boolean> {
  return (await approvedGuestComment().get({ email: email.trim().toLowerCase(), name: name.trim().toLowerCase() })) !== undefined
}

const lastCommentFromIp = preparedQuery((db) =>
  db
    .select({ createdAt: comments.createdAt })
    .from(comments)
    .where(eq(comments.authorIp, sql.placeholder('ip')))
    .orderBy(desc(comments.createdAt))
    .limit(1)
    .prepare(),
)

export async function getLastCommentTimeFromIp(ip: string): Promise<number | null> {
  if (!ip) return null
  return (await lastCommentFromIp().get({ ip }))?.createdAt ?? null
}

const sameComment = preparedQuery((db) =>
  db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.postId, sql.placeholder('postId')),
        eq(comments.authorEmail, sql.placeholder('email')),
        eq(comments.body, sql.placeholder('body')),
        ne(comments.status, 'trash'),
      ),
    )
    .limit(1)
    .prepare(),
)

export async function isDuplicateComment(postId: number, email: string, body: string): Promise<boolean> {
  return (await sameComment().get({ postId, email, body })) !== undefined
}

export type NewCommentInput = Omit<NewComment, 'id' | 'createdAt'> & { createdAt?: number }

// A comment, when it is approved the post's approved count, and the emails it causes (`mail`, from
// lib/server/mail/notifications.ts commentMail: an approved reply notifies the comment it answers, a
// pending comment asks the post's author to moderate): one transaction, so a crash never leaves the
// count, the rows and the outbox disagreeing. (better-sqlite3 transactions are synchronous.)
export async function insertComment(input: NewCommentInput, mail: CommentMail = {}): Promise<{ id: number }> {
  const createdAt = input.createdAt ?? Date.now()
  return db.transaction((tx) => {
    const row = tx
      .insert(comments)
      .values({ ...input, createdAt })
      .returning({ id: comments.id })
      .get()
    if (input.status === 'approved') {
      tx.update(posts)
        .set({ commentCount: sql`${posts.commentCount} + 1` })
        .where(eq(posts.id, input.postId))
        .run()
      if (input.parentId != null) {
        const reply = { id: row.id, parentId: input.parentId, authorName: input.authorName, authorEmail: input.authorEmail ?? '', body: input.body }
        queueReplyNotifications(tx, [reply], mail.reply)
      }
    }
    if (input.status === 'pending') queueModerationNotice(tx, row.id, mail.moderation)
    if (mail.editLink && (input.status === 'approved' || input.status === 'pending')) {
      const postTitle = tx.select({ title: posts.title }).from(posts).where(eq(posts.id, input.postId)).get()?.title ?? ''
      const email = mail.editLink({ id: row.id, createdAt, authorName: input.authorName, authorEmail: input.authorEmail ?? '', body: input.body, postTitle })
      if (email) insertOutboxEmails(tx, [email])
    }
    return row
  })
}

// The comments waiting for moderation that this browser wrote (matched by its pending-key hash).
export async function listPendingCommentsForBrowser(postId: number, browserKeyHash: string): Promise<CommentView[]> {
  return selectCommentViews(and(eq(comments.postId, postId), eq(comments.status, 'pending'), eq(comments.browserKeyHash, browserKeyHash)), 'pending')
}
