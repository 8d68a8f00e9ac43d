import 'server-only'
import { sql } from 'drizzle-orm'
import { db } from '../client'
import { healthChecks } from '../schema'

/** A real committed write (one row, rewritten): proves the database file takes writes. */
export async function recordHealthCheck(now: number): Promise<void> {
  await db
    .insert(healthChecks)
    .values({ id: 1, checkedAt: now })
    .onConflictDoUpdate({ target: healthChecks.id, set: { checkedAt: sql`excluded.checked_at` } })
}
