import 'server-only'
import { parsePurgeStyle, purgeRequests, type PurgeRequest, type PurgeTarget } from '@/lib/http/cdn-purge'
import { env } from './env'

// Tells the shared cache in front (Varnish, Cloudflare, Fastly; docs/cdn.md) which tags changed, when
// PURGE_URL is set. Called only by contentChanged() (lib/server/cache.ts). Fire and forget: the
// author's action never waits on it, a failure is logged, and pages still expire within their short
// s-maxage (docs/decisions/0026-shared-caches.md).

const timeoutMs = 3_000
// Sent once more a little later: a web process other than the one that made the change may refill
// the shared cache from its own front cache before it has seen the change (other processes follow
// within about a second); the second purge drops such a copy.
const repeatAfterMs = 2_000

function purgeTarget(): PurgeTarget | null {
  const url = env.purgeUrl
  return url ? { url, style: parsePurgeStyle(env.purgeStyle), token: env.purgeToken } : null
}

export function purgeSharedCaches(tags: readonly string[]): void {
  let requests: PurgeRequest[]
  try {
    const target = purgeTarget()
    requests = target ? purgeRequests(target, tags) : []
  } catch (error) {
    // A mistyped PURGE_STYLE or PURGE_URL must not fail the author's action that changed something.
    logFailure(env.purgeUrl ?? '', 0, error instanceof Error ? error.message : String(error))
    return
  }
  if (requests.length === 0) return
  const sendAll = () => {
    for (const request of requests) void send(request)
  }
  sendAll()
  setTimeout(sendAll, repeatAfterMs).unref()
}

async function send(request: PurgeRequest): Promise<void> {
  const startedAt = performance.now()
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    })
    await response.arrayBuffer()
    if (!response.ok) logFailure(request.url, Math.round(performance.now() - startedAt), `HTTP ${response.status}`)
  } catch (error) {
    logFailure(request.url, Math.round(performance.now() - startedAt), error instanceof Error ? error.message : String(error))
  }
}

// One JSON line, like the background jobs' (scripts/serve.ts); never the token.
function logFailure(url: string, ms: number, error: string) {
  console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'purge', url: withoutQuery(url), ms, error }))
}

function withoutQuery(url: string): string {
  try {
    const { origin, pathname } = new URL(url)
    return `${origin}${pathname}`
  } catch {
    return 'an invalid PURGE_URL'
  }
}
