import { PageCache } from '../http/page-cache'
import { processGlobal } from './process-global'

// One front page cache per process, shared by the front server (scripts/serve.ts, which imports this
// file directly, so relative imports only and no next/* here) and the app code that changes content.
// App code does not call this: it says what changed through lib/server/cache.ts.
const pageCacheSlot = processGlobal<PageCache>('page-cache')

export function sharedPageCache(): PageCache {
  return pageCacheSlot.getOrCreate(() => new PageCache({ maxBytes: 96 * 1024 * 1024, ttlMs: 60_000 }))
}

// With paths, only those pages go; without, all do. Does nothing in a process with no front cache
// (next dev, unit tests).
export function invalidateCachedPages(paths?: readonly string[]): void {
  pageCacheSlot.get()?.invalidate(paths)
}
