import 'server-only'
import { and, desc, eq, sql } from 'drizzle-orm'
import { db } from '../client'
import { countPendingComments } from './moderation'
import { comments, posts, subscribers } from '../schema'

export type DashboardCounts = { published: number; drafts: number; scheduled: number; pendingComments: number; subscribers: number }

export async function getDashboardCounts(): Promise<DashboardCounts> {
  const statusRows = await db
    .select({ status: posts.status, count: sql<number>`count(*)` })
    .from(posts)
    .where(eq(posts.type, 'post'))
    .groupBy(posts.status)
  const byStatus = new Map(statusRows.map((row) => [row.status, row.count]))
  const pendingComments = await countPendingComments()
  const [confirmed] = await db
    .select({ count: sql<number>`count(*)` })
    .from(subscribers)
    .where(eq(subscribers.status, 'confirmed'))
  return {
    published: byStatus.get('published') ?? 0,
    drafts: byStatus.get('draft') ?? 0,
    scheduled: byStatus.get('scheduled') ?? 0,
    pendingComments,
    subscribers: confirmed?.count ?? 0,
  }
}

export type RecentComment = { id: number; authorName: string; body: string; status: string; createdAt: number; postTitle: string; postSlug: string }

export async function listRecentComments(limit = 5): Promise<RecentComment[]> {
  return db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      postTitle: posts.title,
      postSlug: posts.slug,
    })
    .from(comments)
    .innerJoin(posts, and(eq(posts.id, comments.postId)))
    .orderBy(desc(comments.createdAt))
    .limit(limit)
}

export type LastDraft = { id: number; type: 'post' | 'page'; title: string; modifiedAt: number }

/** "Continue where you left off": the draft (post or page) edited last, or null. */
export async function getLastEditedDraft(): Promise<LastDraft | null> {
  const [row] = await db
    .select({ id: posts.id, type: posts.type, title: posts.title, modifiedAt: posts.modifiedAt })
    .from(posts)
    .where(eq(posts.status, 'draft'))
    .orderBy(desc(posts.modifiedAt), desc(posts.id))
    .limit(1)
  return row ?? null
}
