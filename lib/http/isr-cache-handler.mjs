// Next's own ISR and data cache (the in-memory FileSystemCache), with one race closed.
//
// Next stamps a cache entry with the time it was *stored*, and treats it as fresh when every tag was
// invalidated before that time. A render that began before an invalidation (a reader's request, a
// link prefetch) reads the old rows, finishes after the invalidation and is stored as fresh: the old
// page then stays up until the next change. Seen in our browser tests: a comment marked as spam was
// still on the post, x-nextjs-cache HIT, after a prefetch render straddled the action's updateTag.
//
// So: number the invalidations and remember, per tag, the number of its latest one; remember each
// miss of a key with the number current at that moment (a render or data read starts right after a
// miss). Next does not say which miss a set() belongs to, so a set() is judged against the *oldest*
// outstanding miss of its key: it is stored only if none of the entry's tags was invalidated since
// that miss, and either way it retires the newest outstanding miss. That keeps at least one old miss
// on record for as long as a fill that began before the invalidation is still running, so an old fill
// can never be stored, whichever of two straddling fills finishes first (docs/decisions/0002, 0025).
// A dropped entry costs one more render on the next request, never a stale page.
//
// Plain .mjs: Next loads the handler at run time by path (next.config.ts `cacheHandler`), unbundled.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule

// A miss with no set() after it (a render that failed or was not cacheable) is forgotten after this
// long, so it cannot hold back that key's entries for good. Far longer than any render takes.
const missForgottenAfterMs = 60_000

// Next makes a handler per request, so the bookkeeping is process-wide.
const state = (globalThis.__spoonpressIsrRace ??= { invalidations: 0, tagInvalidatedIn: new Map(), misses: new Map() })

function entryTags(data, ctx) {
  if (ctx?.fetchCache || data?.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(data?.tags ?? [])]
  const header = data?.headers?.['x-next-cache-tags']
  return typeof header === 'string' ? header.split(',') : null
}

// The number of the latest invalidation of any of these tags (all of them when the tags are unknown).
function latestInvalidationOf(tags) {
  if (tags === null) return state.invalidations
  let latest = 0
  for (const tag of tags) latest = Math.max(latest, state.tagInvalidatedIn.get(tag) ?? 0)
  return latest
}

function outstandingMisses(key, now) {
  const misses = (state.misses.get(key) ?? []).filter((miss) => now - miss.at < missForgottenAfterMs)
  if (misses.length === 0) state.misses.delete(key)
  else state.misses.set(key, misses)
  return misses
}

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
    if (!entry) {
      const now = Date.now()
      state.misses.set(key, [...outstandingMisses(key, now), { invalidations: state.invalidations, at: now }])
    }
    return entry
  }

  async set(key, data, ctx) {
    recordPageTags(key, data)
    const misses = outstandingMisses(key, Date.now())
    if (misses.length > 0) {
      const oldest = misses[0]
      misses.pop()
      if (misses.length === 0) state.misses.delete(key)
      if (oldest.invalidations < latestInvalidationOf(entryTags(data, ctx))) return
    }
    return super.set(key, data, ctx)
  }

  async revalidateTag(tags, ...rest) {
    state.invalidations += 1
    for (const tag of typeof tags === 'string' ? [tags] : (tags ?? [])) state.tagInvalidatedIn.set(tag, state.invalidations)
    return super.revalidateTag(tags, ...rest)
  }
}
