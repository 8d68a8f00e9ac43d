import 'server-only'
import { recordContentChange } from '@/db/queries/content-changes'
import { env } from '@/lib/server/env'
import { purgeSharedCaches } from './cdn-purge'

/**
 * Tells every web process (through the change log in SQLite) and any shared cache in front
 * (PURGE_URL) that these tags changed (docs/decisions/0025-many-processes.md, 0026).
 *
 * `appliedHere`: this process has already expired its own caches (contentChanged, inside Next), so
 * its own change follower skips the row. A caller outside Next's request handling cannot expire Next's
 * caches itself (the front server answering a plain comment post, a command-line import): its row
 * names no process, and every process applies it, this one included, before its next outside request.
 */
export async function announceContentChange(tags: readonly string[], { appliedHere }: { appliedHere: boolean }): Promise<void> {
  try {
    await recordContentChange(tags, appliedHere ? env.processId : `unapplied:${env.processId}`, Date.now())
  } catch (error) {
    // The change itself is saved; only the processes that did not apply it would keep their copies
    // (up to the front cache's minute, or the next change of these tags in Next).
    const message = error instanceof Error ? error.message : String(error)
    console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'content-change-not-recorded', tags, error: message }))
  }
  // Last, after the caches of this process: a shared cache refilling at once gets the new page.
  purgeSharedCaches(tags)
}
