import 'server-only'
import { and, eq, gte, lt, sql } from 'drizzle-orm'
import { db } from '../client'
import { rateLimitHits } from '../schema'

export async function countRecentHits(bucket: string, key: string, sinceMs: number): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)` })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.createdAt, sinceMs)))
  return row?.count ?? 0
}

export async function recordHit(bucket: string, key: string): Promise<void> {
  await db.insert(rateLimitHits).values({ bucket, key, createdAt: Date.now() })
}

export async function clearHits(bucket: string, key: string): Promise<void> {
  await db.delete(rateLimitHits).where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key)))
}

// Old hits are only ever counted inside a window; drop what no window can reach.
export async function deleteHitsBefore(beforeMs: number): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.createdAt, beforeMs))
}
