import { lt } from 'drizzle-orm'
import { db } from '@/db/client'
import { contentChanges } from '@/db/schema'

// The change log every web process follows (docs/decisions/0025-many-processes.md). Written only by
// contentChanged() in lib/server/cache.ts; read by scripts/serve.ts through db/content-change-feed.ts.

/** Rows older than this are pruned: every live process has applied them within a second. */
const keepMs = 24 * 60 * 60 * 1000
const pruneEvery = 100

/** Appends one change and returns its id, the new generation. */
export async function recordContentChange(tags: readonly string[], origin: string, now: number): Promise<number> {
  const [row] = await db
    .insert(contentChanges)
    .values({ tags: [...tags], origin, changedAt: now })
    .returning({ id: contentChanges.id })
  const id = row?.id ?? 0
  if (id % pruneEvery === 0) await db.delete(contentChanges).where(lt(contentChanges.changedAt, now - keepMs))
  return id
}
