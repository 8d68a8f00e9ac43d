import 'server-only'
import { revalidateTag, updateTag } from 'next/cache'
import { announceContentChange } from './content-change-log'
import { invalidateCachedPages } from './page-cache-registry'

// The one way to say "readers may now see something different". Every write that changes what a
// reader page shows calls this with the cache tags it touched (lib/cache-tags.ts): Next drops the
// tagged data and the ISR pages built from it, and the front cache in scripts/serve.ts drops every
// page, since counts, menus and recent comments appear on many of them (docs/decisions/0001). A
// shared cache in front (PURGE_URL) is told the tags (lib/server/cdn-purge.ts, decision 0026).
//
// `from: 'action'` (the default) uses updateTag, so the author's own next request already sees the
// change (read-your-own-writes); updateTag only works inside a server action, so route handlers and
// background jobs pass `from: 'job'` and expire the tags at once instead. Callers outside Next's
// request handling (the front server, a command-line tool) use announceContentChange directly.
//
// Then the change goes into the change log in SQLite (db/queries/content-changes.ts), which every
// other web process of this site, on this host or another, applies to its own caches within a
// second (scripts/serve.ts, expireTagsFromElsewhere below; docs/decisions/0025-many-processes.md).
export async function contentChanged(tags: readonly string[], options: { from?: 'action' | 'job' } = {}): Promise<void> {
  const uniqueTags = [...new Set(tags)]
  for (const tag of uniqueTags) {
    if (options.from === 'job') revalidateTag(tag, { expire: 0 })
    else updateTag(tag)
  }
  invalidateCachedPages()
  await announceContentChange(uniqueTags, { appliedHere: true })
}

// Another process changed these tags (the change log said so): expire them in this process's Next
// cache. Called only by /api/content-changes, which scripts/serve.ts posts to; the front server then
// empties its own page cache itself. Nothing is recorded: the change is already in the log.
export function expireTagsFromElsewhere(tags: readonly string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}
