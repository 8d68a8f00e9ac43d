import { PageCache } from '@/lib/http/page-cache'

// One page cache per process, shared by the front server (scripts/serve.ts) and the app code that
// changes content, which runs in the same Node process and calls invalidateCachedPages().
const globalForPageCache = globalThis as unknown as { spoonpressPageCache?: PageCache }

export function sharedPageCache(): PageCache {
  globalForPageCache.spoonpressPageCache ??= new PageCache({ maxBytes: 96 * 1024 * 1024, ttlMs: 60_000 })
  return globalForPageCache.spoonpressPageCache
}

// Called next to every cache-tag invalidation: with paths, only those pages go; without, all do.
export function invalidateCachedPages(paths?: readonly string[]): void {
  globalForPageCache.spoonpressPageCache?.invalidate(paths)
}
