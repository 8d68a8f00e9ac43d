// The in-memory cache of whole reader pages in front of Next (scripts/serve.ts). Next's own ISR cache
// stays the source of rendered pages; this layer only saves Next's per-request overhead for anonymous
// readers, which is most of the traffic. Pure: no Node server objects, so it is unit-tested directly.
import { comfortCookie } from '../comfort/comfort'
import { seenCookie } from '../comments/seen-cookie'
import { uncachedSegments } from '../routes'

export type CachedPage = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  gzipBody: Buffer
  storedAt: number
}

export type RequestFacts = {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
}

// The one cookie that picks a cached variant: the first-time or returning greeting.
export const returningCookie = 'sp_returning'
// Cookies a cacheable reader may carry: the variant above; reading comfort, which never splits the
// cache (serve.ts writes its classes into the shared page, docs/decisions/0021-reading-comfort.md);
// and the last-visit times only a script in the browser reads (docs/decisions/0020-gentle-comment-tools.md).
const sharedPageCookies: ReadonlySet<string> = new Set([returningCookie, comfortCookie, seenCookie])

// A post's comments feed (/{post}/feed) answers If-None-Match itself (docs/decisions/0012-feeds.md).
const isFeedPath = (path: string) => /\/feed\/?$/.test(path)

function parseCookieNames(header: string | string[] | undefined): string[] {
  const raw = Array.isArray(header) ? header.join(';') : (header ?? '')
  return raw
    .split(';')
    .map((part) => part.split('=')[0]?.trim() ?? '')
    .filter(Boolean)
}

// A request may be answered from the cache when it is an anonymous GET/HEAD for a plain page URL:
// no query (?replytocom=, search), no client-router or server-action headers, and no cookie but the
// greeting variant, reading comfort and the last-visit times (a session, a draft preview or a "my pending comment" cookie
// means per-reader HTML).
export function cacheKeyFor(request: RequestFacts): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (request.url.includes('?')) return null
  const path = request.url
  if (!path.startsWith('/') || uncachedSegments.has(path.split('/')[1] ?? '') || isFeedPath(path)) return null
  const headers = request.headers
  if (headers['rsc'] || headers['next-action'] || headers['next-router-state-tree'] || headers['next-router-prefetch']) return null
  const cookieNames = parseCookieNames(headers['cookie'])
  if (cookieNames.some((name) => !sharedPageCookies.has(name))) return null
  const variant = cookieNames.includes(returningCookie) ? 'returning' : 'first'
  return `${variant} ${path}`
}

export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  return /\bgzip\b/i.test(value)
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>()
  private totalBytes = 0
  // "Page not found" answers have a small budget of their own inside maxBytes: anyone can ask for any
  // number of unknown URLs, and those must never push real pages out (docs/decisions/0025).
  private notFoundBytes = 0
  // Counts invalidations. A page rendered while one happened may hold the old content: a fill passes
  // the generation it started in, and a fill that started before the latest invalidation is not kept.
  private invalidations = 0

  get generation(): number {
    return this.invalidations
  }

  constructor(private readonly options: { maxBytes: number; ttlMs: number; maxNotFoundBytes?: number; now?: () => number }) {}

  private get maxNotFoundBytes() {
    return Math.min(this.options.maxNotFoundBytes ?? this.options.maxBytes / 32, this.options.maxBytes)
  }

  private now() {
    return this.options.now ? this.options.now() : Date.now()
  }

  get(key: string): CachedPage | null {
    const entry = this.entries.get(key)
    if (!entry) return null
    if (this.now() - entry.storedAt > this.options.ttlMs) {
      this.delete(key)
      return null
    }
    // Map order is insertion order: re-inserting marks the entry as most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  set(key: string, page: Omit<CachedPage, 'storedAt'>, renderedInGeneration = this.invalidations): void {
    if (renderedInGeneration !== this.invalidations) return
    this.delete(key)
    const entry = { ...page, storedAt: this.now() }
    const size = entry.body.length + entry.gzipBody.length
    const isNotFound = page.status === 404
    if (size > (isNotFound ? this.maxNotFoundBytes : this.options.maxBytes)) return
    this.entries.set(key, entry)
    this.totalBytes += size
    if (isNotFound) {
      this.notFoundBytes += size
      // The least recently used 404s make room for this one; real pages are not touched.
      for (const [oldestKey, oldest] of this.entries) {
        if (this.notFoundBytes <= this.maxNotFoundBytes) break
        if (oldest.status === 404) this.delete(oldestKey)
      }
    }
    for (const [oldestKey] of this.entries) {
      if (this.totalBytes <= this.options.maxBytes) break
      this.delete(oldestKey)
    }
  }

  // Drops the pages at these paths (both greeting variants), or everything when no paths are given.
  invalidate(paths?: readonly string[]): void {
    this.invalidations += 1
    if (!paths) {
      this.entries.clear()
      this.totalBytes = 0
      this.notFoundBytes = 0
      return
    }
    for (const path of paths) {
      this.delete(`first ${path}`)
      this.delete(`returning ${path}`)
    }
  }

  get size() {
    return this.entries.size
  }

  private delete(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    const size = entry.body.length + entry.gzipBody.length
    this.totalBytes -= size
    if (entry.status === 404) this.notFoundBytes -= size
  }
}
