import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs module Next loads by path; it has no type declarations.
import RaceSafeCacheHandler from './isr-cache-handler.mjs'

type Handler = {
  get(key: string, ctx: object): Promise<{ value: unknown } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string[], durations?: object): Promise<void>
}

const handler = (): Handler => new RaceSafeCacheHandler({ flushToDisk: false, maxMemoryCacheSize: 1024 * 1024, revalidatedTags: [] })
const readContext = { kind: 'FETCH', tags: ['comments:1'], softTags: [] }
const entry = (rows: string) => ({ kind: 'FETCH', data: { headers: {}, body: rows, status: 200, url: '' }, revalidate: 31536000 })

describe('RaceSafeCacheHandler', () => {
  it('keeps what was read when nothing changed meanwhile', async () => {
    const cache = handler()
    expect(await cache.get('read-a', readContext)).toBeNull()
    await cache.set('read-a', entry('rows'), { fetchCache: true, tags: ['comments:1'] })
    expect(await cache.get('read-a', readContext)).not.toBeNull()
  })

  it('does not keep a read that began before an invalidation (it may hold the old rows)', async () => {
    const cache = handler()
    expect(await cache.get('read-b', readContext)).toBeNull()
    // The author approves a comment while the page is rendering.
    await cache.revalidateTag(['comments:2'], { expire: 0 })
    await cache.set('read-b', entry('old rows'), { fetchCache: true, tags: ['comments:1'] })
    expect(await cache.get('read-b', readContext)).toBeNull()
    // The next render starts after the invalidation and is kept.
    await cache.set('read-b', entry('new rows'), { fetchCache: true, tags: ['comments:1'] })
    expect(await cache.get('read-b', readContext)).not.toBeNull()
  })
})
