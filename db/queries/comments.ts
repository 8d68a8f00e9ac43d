import 'server-only'
import { createHmac } from 'node:crypto'
import { and, asc, eq } from 'drizzle-orm'
import type { CommentView } from '@/lib/comments/tree'
import { generatedSecret } from '@/lib/env'
import { db } from '../client'
import { comments, posts } from '../schema'

// Avatars are drawn from a keyed hash of the email, so the same commenter keeps the same picture
// while the address itself (or a guessable unkeyed hash of it, as Gravatar's) never reaches a page.
export function avatarSeedFor(email: string, fallback: string): string {
  const key = email.trim().toLowerCase() || fallback
  return createHmac('sha256', generatedSecret('avatar-secret')).update(key).digest('hex').slice(0, 20)
}

export async function listApprovedComments(postId: number): Promise<CommentView[]> {
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
    .where(and(eq(comments.postId, postId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id))
  return rows.map(({ authorEmail, commentAuthorId, postAuthorId, ...row }) => ({
    ...row,
    isPostAuthor: commentAuthorId !== null && commentAuthorId === postAuthorId,
    avatarSeed: avatarSeedFor(authorEmail, row.authorName),
    status: 'approved' as const,
  }))
}
