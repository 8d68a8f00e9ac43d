import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { purgeSharedCaches } from './cdn-purge'

// A real HTTP server on loopback stands in for Varnish: what arrives there is what the app sent.
type Received = { method: string; url: string; headers: IncomingHttpHeaders }

async function purgeEndpoint(status: number): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers })
    response.writeHead(status).end()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received }
}

async function until(condition: () => boolean, timeoutMs: number) {
  const startedAt = Date.now()
  while (!condition() && Date.now() - startedAt < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 20))
}

const servers: Server[] = []
afterEach(async () => {
  delete process.env.PURGE_URL
  delete process.env.PURGE_STYLE
  delete process.env.PURGE_TOKEN
  vi.restoreAllMocks()
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve))
})

describe('purgeSharedCaches', () => {
  it('does nothing without PURGE_URL', () => {
    expect(() => purgeSharedCaches(['site'])).not.toThrow()
  })

  it('sends the changed tags at once and again a little later, without waiting for either', async () => {
    const endpoint = await purgeEndpoint(200)
    servers.push(endpoint.server)
    process.env.PURGE_URL = endpoint.url
    process.env.PURGE_TOKEN = 'shared-secret'
    const returned = purgeSharedCaches(['comments:7', 'comment-counts'])
    expect(returned).toBeUndefined()
    await until(() => endpoint.received.length === 2, 4_000)
    expect(endpoint.received).toHaveLength(2)
    for (const request of endpoint.received) {
      expect(request.method).toBe('PURGE')
      expect(request.headers['x-cache-tags']).toBe('comments:7 comment-counts')
      expect(request.headers['x-purge-token']).toBe('shared-secret')
    }
  }, 10_000)

  it('logs a refused purge or a mistyped setting as one JSON line and never throws', async () => {
    const endpoint = await purgeEndpoint(403)
    servers.push(endpoint.server)
    const logged: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void logged.push(String(line)))
    process.env.PURGE_URL = `${endpoint.url}?secret=not-logged`
    purgeSharedCaches(['site'])
    // Both the purge and its repeat are refused and logged, without the address's query.
    await until(() => logged.length === 2, 4_000)
    expect(logged).toHaveLength(2)
    expect(JSON.parse(logged[0] ?? '{}')).toMatchObject({ level: 'error', event: 'purge', url: endpoint.url, error: 'HTTP 403' })

    process.env.PURGE_STYLE = 'akamai'
    expect(() => purgeSharedCaches(['site'])).not.toThrow()
    expect(logged.at(-1)).toContain('PURGE_STYLE')
  }, 10_000)
})
