// Next's own ISR and data cache (the in-memory FileSystemCache), with one race closed.
//
// Next stamps a cache entry with the time it was *stored*, and treats it as fresh when every tag was
// invalidated before that time. A render that began before an invalidation (a reader's request, a
// link prefetch) reads the old rows, finishes after the invalidation and is stored as fresh: the old
// page then stays up until the next change. Seen in our browser tests: a comment marked as spam was
// still on the post, x-nextjs-cache HIT, after a prefetch render straddled the action's updateTag.
//
// So: count invalidations; remember the count when a key was missed (a render or data read starts
// right after a miss); store the result only if no invalidation happened in between. A dropped entry
// costs one more render on the next request, never a stale page.
//
// Plain .mjs: Next loads the handler at run time by path (next.config.ts `cacheHandler`), unbundled.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule

// Next makes a handler per request, so the bookkeeping is process-wide.
const state = (globalThis.__spoonpressIsrRace ??= { invalidations: 0, missedIn: new Map() })

export default class RaceSafeCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (!entry && !state.missedIn.has(key)) state.missedIn.set(key, state.invalidations)
    return entry
  }

  async set(key, data, ctx) {
    const missedIn = state.missedIn.get(key)
    state.missedIn.delete(key)
    if (missedIn !== undefined && missedIn !== state.invalidations) return
    return super.set(key, data, ctx)
  }

  async revalidateTag(...args) {
    state.invalidations += 1
    return super.revalidateTag(...args)
  }
}
