import cluster from 'node:cluster'
import { randomBytes } from 'node:crypto'
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import next from 'next'
import { comfortClasses, comfortCookie, parseComfort, readCookie } from '../lib/comfort/comfort'
import { ContentChangeFeed } from '../db/content-change-feed'
import { ComfortVariants, withHtmlClasses } from '../lib/http/comfort-html'
import { acceptsGzip, cacheKeyFor, returningCookie, type CachedPage } from '../lib/http/page-cache'
import { inlineScriptHashes, readerContentSecurityPolicy, strictTransportSecurity } from '../lib/http/csp'
import { withFirstPaintFirst } from '../lib/http/first-paint'
import { parseImageHosts } from '../lib/http/image-hosts'
// @ts-expect-error: a plain .mjs module Next loads by path; it has no type declarations.
import { recordedPageTags as recordedPageTagsUntyped } from '../lib/http/isr-cache-handler.mjs'
import { privatePageHeaders, sharedCacheTags, sharedPageHeaders, withoutCacheDecisions } from '../lib/http/shared-cache-headers'
import { decideClient, isSecureRequest, parseTrustProxy } from '../lib/http/trust-proxy'
import { parseWebConcurrency } from '../lib/http/web-concurrency'
import { answerPlainCommentPost, mayBeCommentFormPost } from '../lib/server/comments/plain-post'
import { catchUp } from '../lib/invalidation/change-feed'
import { sharedPageCache } from '../lib/server/page-cache-registry'
import { newProcessId } from '../lib/server/process-global'

// `npm start`: Next's production server behind a small front layer that
// 1. answers anonymous readers from an in-memory copy of each page (Next's own cached-page path costs
//    about 1 ms of CPU a request; a Buffer write costs a few microseconds), and
// 2. gives 404s a real body: Next answers notFound() in a dynamic route with the right status but an
//    empty HTML shell that only JavaScript fills in (vercel/next.js#62228, #95613), so a reader without
//    JavaScript would see a blank page. We serve the site's "page not found" view with the 404 instead.
// 3. runs WEB_CONCURRENCY web processes (default: one per core) with node:cluster, all on one port, each
//    with its own Next, caches and background-job timers; a change log in SQLite keeps their caches in
//    step and job leases let one of them run each job (docs/decisions/0025-many-processes.md).
// This is the process entry point, so it reads PORT/HOSTNAME itself before Next (and lib/server/env.ts) load.
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME ?? '0.0.0.0'
const notFoundViewPath = '/page-not-found'
const siteUrl = (process.env.SITE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '')
// Whether X-Forwarded-For/-Proto are believed (lib/http/trust-proxy.ts; off unless configured).
const trustProxy = parseTrustProxy(process.env.TRUST_PROXY)
const hsts = strictTransportSecurity(siteUrl)

// Requests this process sends to itself to fill the cache carry a per-process secret, so they
// reach Next directly and nobody outside can use the header to skip the cache.
const fillToken = randomBytes(16).toString('hex')
// Shared with the app (lib/server/env.ts internalToken) so the scheduler route knows this process called it.
const internalToken = randomBytes(16).toString('hex')
process.env.SPOONPRESS_INTERNAL_TOKEN = internalToken
const fillHeader = 'x-spoonpress-fill'
// This process's name in the change log and in job leases (lib/server/env.ts processId).
const processId = newProcessId()
process.env.SPOONPRESS_PROCESS_ID = processId
// Fills and job calls go to this process's own loopback listener (its port is known once it listens):
// the shared public port would hand them to any worker, which holds other tokens and other caches.
let ownPort = 0

// Headers that describe one connection or one encoding, not the page.
const perResponseHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date'])

type Fetched = { status: number; headers: Record<string, string | string[]>; body: Buffer }

function fetchFromNext(path: string, headers: Record<string, string>): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: ownPort, path, method: 'GET', headers: { ...headers, [fillHeader]: fillToken, 'accept-encoding': 'identity' } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const kept: Record<string, string | string[]> = {}
          for (const [name, value] of Object.entries(response.headers)) {
            if (value === undefined || perResponseHeaders.has(name)) continue
            kept[name] = value
          }
          resolve({ status: response.statusCode ?? 500, headers: kept, body: Buffer.concat(chunks) })
        })
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end()
  })
}

// The settings row the reader policy needs (images from hosts the author allows). Read-only, and read
// when a page is rendered: a settings change invalidates the cached pages, so the next fill sees it.
const databasePath = path.resolve(process.env.DATABASE_PATH ?? path.join(process.env.DATA_DIR ?? 'data', 'spoonpress.db'))
let databaseReader: Database.Database | null = null
function readDatabase(): Database.Database {
  databaseReader ??= new Database(databasePath, { readonly: true, fileMustExist: true })
  return databaseReader
}
function allowedImageHosts(): string[] {
  try {
    const row = readDatabase().prepare("select value from settings where key = 'imageHosts'").get() as { value: string } | undefined
    const value: unknown = row ? JSON.parse(row.value) : ''
    return typeof value === 'string' ? parseImageHosts(value) : []
  } catch {
    return []
  }
}

// Every reader page, cached or not, passes here once when it is rendered: Next's scripts are moved to
// start when the reader needs them (lib/http/first-paint.ts; docs/decisions/0029-first-paint-first.md,
// docs/decisions/0031-scripts-on-demand.md), then the page gets a strict Content-Security-Policy naming
// the hashes of its own inline scripts, the starter among them (lib/http/csp.ts;
// docs/decisions/0016-csp-hashes.md). The bench's floor (app/blank) keeps Next's own script tags: it
// is what an empty Next page costs as Next ships it.
const floorPath = '/blank'
function asReaderPage(fetched: Fetched, path: string): Fetched {
  if (!isHtml(fetched)) return fetched
  const rendered = fetched.body.toString('utf8')
  const html = path.split(/[?#]/)[0] === floorPath ? rendered : withFirstPaintFirst(rendered)
  const policy = readerContentSecurityPolicy({ scriptHashes: inlineScriptHashes(html), imageHosts: allowedImageHosts() })
  return { ...fetched, headers: { ...fetched.headers, 'content-security-policy': policy }, body: Buffer.from(html, 'utf8') }
}

const recordedPageTags = recordedPageTagsUntyped as (nextCacheKey: string) => string | undefined

// Only what Next itself marks as a cached page (x-nextjs-cache) is kept; anything else is passed on once.
async function renderForCache(path: string, isReturning: boolean): Promise<{ page: Omit<CachedPage, 'storedAt'>; isCacheable: boolean }> {
  const headers: Record<string, string> = isReturning ? { cookie: `${returningCookie}=1` } : {}
  let fetched = await fetchFromNext(path, headers)
  let status = fetched.status
  if (status === 404 || path === notFoundViewPath) {
    const view = await fetchFromNext(notFoundViewPath, headers)
    if (view.status === 200) fetched = view
    status = 404
  }
  const isCacheable = (status === 200 || status === 404) && fetched.headers['x-nextjs-cache'] !== undefined && fetched.headers['set-cookie'] === undefined
  const page = asReaderPage(fetched, path)
  // What a shared cache in front may do with it (docs/decisions/0026-shared-caches.md): keep it briefly,
  // tagged with what Next says the page read (Next's cache key is the rewritten /first/… or /returning/… path).
  const nextPath = `/${isReturning ? 'returning' : 'first'}${(status === 404 ? notFoundViewPath : path).replace(/\/$/, '')}`
  const cacheHeaders = isCacheable ? sharedPageHeaders(sharedCacheTags(recordedPageTags(nextPath))) : privatePageHeaders()
  return { page: { status, headers: { ...withoutCacheDecisions(page.headers), ...cacheHeaders }, body: page.body, gzipBody: gzipSync(page.body) }, isCacheable }
}

// Reader pages that are not cached (a reader's own variant: saved commenter details, a pending
// comment, ?replytocom=) are fetched whole from Next too, so they carry the same strict policy.
const notReaderPageSegments = new Set(['_next', 'api', 'admin', 'login', 'avatar', 'media', 'preview', 'healthz'])
function isUncachedReaderPage(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const headers = request.headers
  if (headers['rsc'] || headers['next-action'] || headers['next-router-state-tree'] || headers['next-router-prefetch']) return false
  return isReaderPath(request.url ?? '/')
}

function isReaderPath(url: string): boolean {
  return !notReaderPageSegments.has(url.split(/[/?#]/)[1] ?? '')
}

async function passThroughReaderPage(request: IncomingMessage, response: ServerResponse) {
  const forwarded: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name !== 'host' && name !== 'connection') forwarded[name] = Array.isArray(value) ? value.join(', ') : value
  }
  const fetched = asReaderPage(await fetchFromNext(request.url ?? '/', forwarded), request.url ?? '/')
  const body = isHtml(fetched) ? withHtmlClasses(fetched.body, readerComfortClasses(request)) : fetched.body
  const pageHeaders = { ...withoutCacheDecisions(fetched.headers), ...privatePageHeaders() }
  // Sent once and never kept: compressed only for a client that takes gzip (it cost an eighth of the
  // CPU of an uncached 200-comment post for clients that do not).
  const gzipBody = acceptsGzip(request.headers['accept-encoding']) ? gzipSync(body) : body
  send(request, response, { status: fetched.status, headers: pageHeaders, body, gzipBody }, 'BYPASS')
}

// Reading comfort (docs/decisions/0021-reading-comfort.md): every reader page is rendered with a neutral
// <html>; the reader's choices, read strictly from their cookie, become classes on it here, on cached
// and uncached pages alike. Cached pages keep their comfort variants (HTML and gzip) in a bounded store.
const comfortVariants = new ComfortVariants(16 * 1024 * 1024, (body) => gzipSync(body))

function readerComfortClasses(request: IncomingMessage): string {
  return comfortClasses(parseComfort(readCookie(request.headers['cookie'], comfortCookie)))
}

function isHtml(page: { headers: Record<string, string | string[]> }): boolean {
  const type = page.headers['content-type']
  return typeof type === 'string' && type.startsWith('text/html')
}

function withReaderComfort(request: IncomingMessage, key: string, page: Omit<CachedPage, 'storedAt'>): Omit<CachedPage, 'storedAt'> {
  const classes = readerComfortClasses(request)
  if (!classes || !isHtml(page)) return page
  return { ...page, ...comfortVariants.get(key, page, classes) }
}

const inFlight = new Map<string, Promise<{ page: Omit<CachedPage, 'storedAt'>; isCacheable: boolean }>>()

function send(request: IncomingMessage, response: ServerResponse, page: Omit<CachedPage, 'storedAt'>, cacheState: string) {
  const useGzip = acceptsGzip(request.headers['accept-encoding'])
  const body = useGzip ? page.gzipBody : page.body
  response.writeHead(page.status, {
    ...page.headers,
    ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
    vary: 'Accept-Encoding, Cookie',
    'content-length': String(body.length),
    'x-spoonpress-cache': cacheState,
  })
  response.end(request.method === 'HEAD' ? undefined : body)
}

// One JSON line per background job run that did something or failed (a run with nothing to do, every
// few seconds, is not logged): for log collectors, grep and jq.
function logJobRun(job: string, status: number, ms: number, body: string, error?: string) {
  let result: unknown = null
  try {
    result = body ? JSON.parse(body) : null
  } catch {
    result = body.slice(0, 200)
  }
  const failed = error !== undefined || status !== 200
  const didWork = typeof result === 'object' && result !== null && Object.values(result).some((value) => typeof value === 'number' && value > 0)
  if (!failed && !didWork) return
  const line = { time: new Date().toISOString(), level: failed ? 'error' : 'info', event: 'job', job, status, ms, result, ...(error ? { error } : {}) }
  ;(failed ? console.error : console.log)(JSON.stringify(line))
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value
}

async function main() {
  const app = next({ dev: false, hostname, port, dir: process.cwd() })
  const handle = app.getRequestHandler()
  await app.prepare()
  const cache = sharedPageCache()

  const changes = followContentChanges(cache)
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    // The client's address for flood limits and the login throttle: from the socket, or from
    // X-Forwarded-For when TRUST_PROXY says the proxy in front is ours. Whatever a client sent under
    // these names is overwritten, and forwarded headers nobody vouches for never reach Next.
    const client = decideClient(trustProxy, {
      socketAddress: request.socket.remoteAddress ?? '',
      forwardedFor: headerValue(request.headers['x-forwarded-for']),
      forwardedProto: headerValue(request.headers['x-forwarded-proto']),
    })
    for (const name of ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'forwarded']) delete request.headers[name]
    if (client.forwardedProto) request.headers['x-forwarded-proto'] = client.forwardedProto
    request.headers['x-spoonpress-ip'] = client.address
    request.headers['x-spoonpress-secure'] = isSecureRequest(siteUrl, client) ? '1' : '0'
    if (hsts) response.setHeader('strict-transport-security', hsts)
    // The comment form without JavaScript: stored comments are answered here, anything else goes on
    // to Next with its body (decision 0028).
    if (mayBeCommentFormPost(request) && isReaderPath(request.url ?? '/')) {
      void answerPlainCommentPost(request, response, request.headers['x-spoonpress-secure'] === '1').then((answered) => {
        if (!answered) void handle(request, response)
      })
      return
    }
    const isFill = request.headers[fillHeader] === fillToken
    const key = isFill ? null : cacheKeyFor({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers })
    if (!key) {
      if (isFill || !isUncachedReaderPage(request)) {
        void handle(request, response)
        return
      }
      passThroughReaderPage(request, response).catch((error: unknown) => {
        console.error('Could not render', request.url, error)
        if (!response.headersSent) void handle(request, response)
      })
      return
    }
    const hit = cache.get(key)
    if (hit) {
      send(request, response, withReaderComfort(request, key, hit), 'HIT')
      return
    }
    const [variant, path] = key.split(' ', 2) as [string, string]
    // A render that began before the latest invalidation may show the old content: requests after an
    // invalidation never join it, and it is not kept (see PageCache.generation).
    const generation = cache.generation
    const flightKey = `${generation} ${key}`
    let pending = inFlight.get(flightKey)
    if (!pending) {
      pending = renderForCache(path, variant === 'returning').finally(() => inFlight.delete(flightKey))
      inFlight.set(flightKey, pending)
    }
    pending.then(
      ({ page, isCacheable }) => {
        if (isCacheable) cache.set(key, page, generation)
        // A render that straddled an invalidation may be old: no shared cache may keep it either.
        const sent = generation === cache.generation ? page : { ...page, headers: { ...page.headers, ...privatePageHeaders() } }
        send(request, response, withReaderComfort(request, key, sent), 'MISS')
      },
      (error: unknown) => {
        console.error('Could not render', path, error)
        if (!response.headersSent) void handle(request, response)
      },
    )
  }
  // Readers reach the public port, shared by every worker of the cluster; this process's fills and
  // job calls reach its own loopback listener (`exclusive`: a port of its own, not the cluster's).
  // A request from outside is answered only once this process has applied every change made elsewhere.
  const server = createServer((request, response) => {
    const catchingUp = changes.catchUpIfBehind()
    if (catchingUp) void catchingUp.then(() => onRequest(request, response))
    else onRequest(request, response)
  })
  server.keepAliveTimeout = 65_000
  const ownServer = createServer(onRequest)
  ownServer.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    ownServer.once('error', reject)
    ownServer.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => resolve())
  })
  ownPort = (ownServer.address() as AddressInfo).port
  // Background jobs, each a POST to this process's own route (proven by the per-process token), one
  // run at a time per job: scheduled posts go live within seconds of their time, newsletters go out
  // in batches (decision 0008), queued emails are delivered and retried (decision 0019), backups are
  // taken at the configured time, and privacy retention runs hourly. Nothing to set up, no cron job.
  // Every web process keeps these timers; each route runs only in the process holding that job's
  // lease in SQLite, so each job runs in one process at a time across workers and hosts (decision 0025).
  const startJob = (job: { name: string; path: string; everyMs: number; firstAfterMs?: number }) => {
    let isRunning = false
    const run = () => {
      if (isRunning) return
      isRunning = true
      const startedAt = performance.now()
      const finish = (status: number, body: string, error?: string) => {
        isRunning = false
        logJobRun(job.name, status, Math.round(performance.now() - startedAt), body, error)
      }
      postToSelf(job.path).then(
        (answer) => finish(answer.status, answer.body),
        (error: Error) => finish(0, '', error.message),
      )
    }
    setTimeout(() => {
      run()
      setInterval(run, job.everyMs).unref()
    }, job.firstAfterMs ?? job.everyMs).unref()
  }
  startJob({ name: 'scheduler', path: '/api/scheduler', everyMs: 5_000 })
  startJob({ name: 'newsletter', path: '/api/newsletter', everyMs: 2_000 })
  startJob({ name: 'outbox', path: '/api/outbox', everyMs: 2_000 })
  startJob({ name: 'backups', path: '/api/backups', everyMs: 60_000, firstAfterMs: 15_000 })
  startJob({ name: 'privacy', path: '/api/privacy', everyMs: 60 * 60 * 1000, firstAfterMs: 10_000 })
  server.listen(port, hostname, () => {
    const worker = cluster.isWorker ? ` (web process ${cluster.worker?.id ?? '?'})` : ''
    console.log(`Spoonpress is ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}${worker}`)
  })
}

// A POST to one of this process's own internal routes (app/api/*), proven by the per-process token.
function postToSelf(path: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'x-spoonpress-internal': internalToken }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const request = httpRequest({ host: '127.0.0.1', port: ownPort, path, method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })
}

// What other processes changed (docs/decisions/0025-many-processes.md). This process remembers the
// last generation of the change log it applied. Before it answers a request from outside, and every
// 200 ms besides, it compares that with the log's latest id (one primary-key read on its read-only
// connection, a few microseconds). When it is behind, tags other processes changed are expired in its
// own Next cache first (/api/content-changes: revalidateTag needs a request), then the front cache
// drops its pages, so a fill that starts afterwards gets Next's fresh render and one that started
// before is not kept (PageCache.generation); the request waits for that. So a writer whose next
// request lands on another worker still reads their own write: the action recorded the change before
// it answered. Its own changes were applied when it made them.
const changePollMs = 200

type ChangeFollower = {
  /** Null when this process is current (the usual case, no promise made); otherwise when it will be. */
  catchUpIfBehind(): Promise<void> | null
}

function followContentChanges(cache: ReturnType<typeof sharedPageCache>): ChangeFollower {
  let feed: ContentChangeFeed | null = null
  let seenId = 0
  try {
    // Caches start empty: nothing before this moment concerns this process.
    feed = new ContentChangeFeed(readDatabase())
    seenId = feed.latestId()
  } catch {
    // No database or no change log yet (first start): follow it from its first row once it exists.
    feed = null
  }
  let catchingUp: Promise<void> | null = null
  let lastError = ''
  const logOnce = (error: unknown) => {
    // Tried again on the next request or poll, from the same generation; logged once per distinct failure.
    const message = error instanceof Error ? error.message : String(error)
    if (message !== lastError) console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'content-changes', error: message }))
    lastError = message
  }
  const expireElsewhereChanges = async (latest: number, tags: string[]) => {
    const answer = await postToSelf('/api/content-changes', JSON.stringify({ tags }))
    if (answer.status !== 200) throw new Error(`/api/content-changes answered ${answer.status}`)
    cache.invalidate()
    seenId = Math.max(seenId, latest)
    lastError = ''
  }
  const catchUpIfBehind = (): Promise<void> | null => {
    if (catchingUp) return catchingUp
    try {
      feed ??= new ContentChangeFeed(readDatabase())
      if (feed.latestId() <= seenId) return null
      const { seenId: latest, tagsToExpire } = catchUp(seenId, feed.since(seenId), processId)
      if (tagsToExpire.length === 0) {
        seenId = latest
        return null
      }
      catchingUp = expireElsewhereChanges(latest, tagsToExpire)
        .catch(logOnce)
        .finally(() => (catchingUp = null))
      return catchingUp
    } catch (error) {
      logOnce(error)
      return null
    }
  }
  setInterval(() => void catchUpIfBehind(), changePollMs).unref()
  return { catchUpIfBehind }
}

// WEB_CONCURRENCY web processes (default: one per core). Above one, this process only supervises: it
// forks the workers, which share the public port (node:cluster hands them connections in turn), and
// replaces one that dies. A worker that dies before it ever listened (a port in use, a broken build)
// stops the whole server instead of being restarted in a loop.
function superviseWorkers(count: number) {
  let isStopping = false
  const listened = new Set<number>()
  const fork = () => {
    const worker = cluster.fork()
    worker.once('listening', () => listened.add(worker.id))
  }
  for (let index = 0; index < count; index += 1) fork()
  const stop = (signal: NodeJS.Signals) => {
    isStopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal)
  }
  cluster.on('exit', (worker, code, signal) => {
    if (isStopping) return
    const line = { time: new Date().toISOString(), level: 'error', event: 'worker-exit', worker: worker.id, code, signal }
    console.error(JSON.stringify(line))
    if (!listened.has(worker.id)) {
      stop('SIGTERM')
      process.exitCode = code || 1
      return
    }
    setTimeout(fork, 1_000)
  })
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

const webConcurrency = parseWebConcurrency(process.env.WEB_CONCURRENCY, availableParallelism())
if (cluster.isPrimary && webConcurrency > 1) {
  superviseWorkers(webConcurrency)
} else {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
