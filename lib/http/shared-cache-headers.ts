// What a shared cache in front of Spoonpress (Varnish, a CDN, nginx) may do with a reader page
// (docs/decisions/0026-shared-caches.md, docs/cdn.md). Pure: scripts/serve.ts passes in what it knows
// about a response and writes these headers in send().
import { cacheTags } from '../cache-tags'

// A shared copy is kept briefly and refreshed in the background: with a purge URL configured it is
// banned by tag the moment something changes; without one (nginx, a CDN without tag purge) a change
// shows within s-maxage plus stale-while-revalidate. stale-if-error keeps the site readable for a day
// when the origin is down. Browsers always revalidate (max-age=0): a reader's own comment, once
// approved, must show on their next load, not when their browser cache expires.
export const sharedMaxAgeSeconds = 60
export const staleWhileRevalidateSeconds = 30
export const staleIfErrorSeconds = 86_400

export const sharedCacheControl = `public, max-age=0, s-maxage=${sharedMaxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}, stale-if-error=${staleIfErrorSeconds}`
// Per-reader pages (a session, a pending comment, saved commenter details, ?replytocom=) and anything
// a shared cache must never keep or hand to someone else.
export const privateCacheControl = 'private, no-store'

// Next names implicit path tags with this prefix; they mean nothing outside the process.
const implicitTagPrefix = '_N_T_'

// Tags a purge may name (lib/cache-tags.ts): letters, digits, ':', '_' and '-' only, so they are safe
// in Cache-Tag (comma-separated), Surrogate-Key (space-separated) and the ban regex in deploy/varnish.vcl.
const tagPattern = /^[A-Za-z0-9:_-]{1,100}$/

// What a page depends on when the app cannot say (a page rendered before its tags were recorded):
// every tag a change names is among these or a post's comments, which always comes with commentCounts.
const unknownPageTags: readonly string[] = [cacheTags.site, cacheTags.posts, cacheTags.commentCounts]

/** A page's tags for a shared cache: Next's tags for the page minus its implicit ones, plus the site-wide tag. */
export function sharedCacheTags(nextTags: string | readonly string[] | undefined): string[] {
  const listed = typeof nextTags === 'string' ? nextTags.split(',') : (nextTags ?? [])
  const own = listed.map((tag) => tag.trim()).filter((tag) => tag !== '' && !tag.startsWith(implicitTagPrefix))
  const known = own.length > 0 ? own : unknownPageTags
  return [...new Set([cacheTags.everything, ...known])].filter((tag) => tagPattern.test(tag))
}

/** Only tags that are safe to send in a purge request and match the pattern the VCL accepts. */
export function purgeableTags(tags: readonly string[]): string[] {
  return [...new Set(tags)].filter((tag) => tagPattern.test(tag))
}

/** Headers for a reader page a shared cache may keep: short s-maxage, tags for purging. */
export function sharedPageHeaders(tags: readonly string[]): Record<string, string> {
  return {
    'cache-control': sharedCacheControl,
    // Cloudflare reads a comma-separated Cache-Tag; Fastly a space-separated Surrogate-Key.
    'cache-tag': tags.join(','),
    'surrogate-key': tags.join(' '),
  }
}

/** Headers for a response only this reader may see. */
export function privatePageHeaders(): Record<string, string> {
  return { 'cache-control': privateCacheControl }
}

/**
 * Next's own headers minus what this layer decides: its cache-control (a year for every ISR page,
 * meant for Vercel's edge), its tags header, and any cookie (a cacheable page never sets one).
 */
export function withoutCacheDecisions(headers: Record<string, string | string[]>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (lower === 'cache-control' || lower === 'x-next-cache-tags' || lower === 'cache-tag' || lower === 'surrogate-key') continue
    kept[name] = value
  }
  return kept
}
