// The request that tells a shared cache in front which tags changed (docs/cdn.md,
// docs/decisions/0026-shared-caches.md). Pure: lib/server/cdn-purge.ts sends what this builds.
import { purgeableTags } from './shared-cache-headers'

// varnish: deploy/varnish.vcl (method PURGE, tags space-separated in X-Cache-Tags, allowed by address).
// cloudflare: the zone's purge_cache API with an API token (tags in a JSON body, at most 30 per call).
// fastly: the service's purge API with an API key (tags space-separated in Surrogate-Key).
export const purgeStyles = ['varnish', 'cloudflare', 'fastly'] as const
export type PurgeStyle = (typeof purgeStyles)[number]

export type PurgeTarget = { url: string; style: PurgeStyle; token: string | null }
export type PurgeRequest = { url: string; method: string; headers: Record<string, string>; body?: string }

const cloudflareTagsPerCall = 30

export function parsePurgeStyle(value: string | undefined): PurgeStyle {
  const style = (value ?? '').trim().toLowerCase()
  if (style === '') return 'varnish'
  if ((purgeStyles as readonly string[]).includes(style)) return style as PurgeStyle
  throw new Error(`PURGE_STYLE must be one of ${purgeStyles.join(', ')} (got "${value}").`)
}

/** The requests that purge these tags (none when no tag is safe to send). */
export function purgeRequests(target: PurgeTarget, tags: readonly string[]): PurgeRequest[] {
  const safe = purgeableTags(tags)
  if (safe.length === 0) return []
  if (target.style === 'cloudflare') {
    const requests: PurgeRequest[] = []
    for (let start = 0; start < safe.length; start += cloudflareTagsPerCall) {
      requests.push({
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(target.token ? { authorization: `Bearer ${target.token}` } : {}) },
        body: JSON.stringify({ tags: safe.slice(start, start + cloudflareTagsPerCall) }),
      })
    }
    return requests
  }
  if (target.style === 'fastly') {
    return [{ url: target.url, method: 'POST', headers: { 'surrogate-key': safe.join(' '), ...(target.token ? { 'fastly-key': target.token } : {}) } }]
  }
  return [{ url: target.url, method: 'PURGE', headers: { 'x-cache-tags': safe.join(' '), ...(target.token ? { 'x-purge-token': target.token } : {}) } }]
}
