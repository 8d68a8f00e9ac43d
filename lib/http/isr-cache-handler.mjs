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

// The cache tags each rendered page read (Next's x-next-cache-tags, comma-separated), by Next's cache
// path (the rewritten one, /first/… or /returning/…). Next only sends them in its own hosting mode, so
// the front server reads them here to tell a shared cache in front what to purge (scripts/serve.ts,
// docs/decisions/0026-shared-caches.md). Bounded: oldest first out.
const pageTags = (globalThis.__spoonpressPageTags ??= new Map())
const maxPagesWithTags = 20_000

/** The tags Next recorded for the page at this path, or undefined if it has not rendered here. */
export function recordedPageTags(path) {
  return pageTags.get(path)
}

// Next 16 keys a page as /route-cache/APP_PAGE/<build>/$/first/some-post: the page's path follows '/$'.
function pagePath(key) {
  const marker = key.indexOf('/$/')
  return marker === -1 ? key : key.slice(marker + 2)
}

function recordPageTags(key, data) {
  const tags = data?.kind === 'APP_PAGE' ? data.headers?.['x-next-cache-tags'] : undefined
  if (typeof tags !== 'string') return
  const path = pagePath(key)
  pageTags.delete(path)
  pageTags.set(path, tags)
  if (pageTags.size > maxPagesWithTags) pageTags.delete(pageTags.keys().next().value)
}

export default class RaceSafeCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (!entry && !state.missedIn.has(key)) state.missedIn.set(key, state.invalidations)
    return entry
  }

  async set(key, data, ctx) {
    recordPageTags(key, data)
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
