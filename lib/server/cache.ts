import 'server-only'
import { revalidateTag, updateTag } from 'next/cache'
import { purgeSharedCaches } from './cdn-purge'
import { invalidateCachedPages } from './page-cache-registry'

// The one way to say "readers may now see something different". Every write that changes what a
// reader page shows calls this with the cache tags it touched (lib/cache-tags.ts): Next drops the
// tagged data and the ISR pages built from it, and the front cache in scripts/serve.ts drops every
// page, since counts, menus and recent comments appear on many of them (docs/decisions/0001). A
// shared cache in front (PURGE_URL) is told the tags (lib/server/cdn-purge.ts, decision 0026).
//
// `from: 'action'` (the default) uses updateTag, so the author's own next request already sees the
// change (read-your-own-writes); updateTag only works inside a server action, so route handlers and
// background jobs pass `from: 'job'` and expire the tags at once instead.
export function contentChanged(tags: readonly string[], options: { from?: 'action' | 'job' } = {}): void {
  for (const tag of new Set(tags)) {
    if (options.from === 'job') revalidateTag(tag, { expire: 0 })
    else updateTag(tag)
  }
  invalidateCachedPages()
  // Last, after this process's own caches: a shared cache refilling at once gets the new page.
  purgeSharedCaches(tags)
}
