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
    // The author approves a comment on this post while the page is rendering.
    await cache.revalidateTag(['comments:1'], { expire: 0 })
    await cache.set('read-b', entry('old rows'), { fetchCache: true, tags: ['comments:1'] })
    expect(await cache.get('read-b', readContext)).toBeNull()
    // The next render starts after the invalidation and is kept.
    await cache.set('read-b', entry('new rows'), { fetchCache: true, tags: ['comments:1'] })
    expect(await cache.get('read-b', readContext)).not.toBeNull()
  })

  it('keeps no old read when two reads straddle an invalidation and the newer one finishes first', async () => {
    const cache = handler()
    const tags = { fetchCache: true, tags: ['comments:3'] }
    const context = { ...readContext, tags: ['comments:3'] }
    // A prefetch starts rendering the post and misses.
    expect(await cache.get('read-c', context)).toBeNull()
    // The author approves a comment on it.
    await cache.revalidateTag(['comments:3'], { expire: 0 })
    // A reader's request starts after the approval, misses too, and finishes first.
    expect(await cache.get('read-c', context)).toBeNull()
    await cache.set('read-c', entry('new rows'), tags)
    // The prefetch, holding the rows from before the approval, finishes last: it must not be kept.
    await cache.set('read-c', entry('old rows'), tags)
    const kept = (await cache.get('read-c', context)) as { value: { data: { body: string } } } | null
    expect(kept?.value.data.body ?? null).not.toBe('old rows')
    // The next read after both is kept as usual.
    await cache.set('read-c', entry('new rows'), tags)
    expect(((await cache.get('read-c', context)) as { value: { data: { body: string } } } | null)?.value.data.body).toBe('new rows')
  })

  it('keeps a read that straddled an invalidation of other tags only', async () => {
    const cache = handler()
    const context = { ...readContext, tags: ['comments:4'] }
    expect(await cache.get('read-d', context)).toBeNull()
    await cache.revalidateTag(['comments:5'], { expire: 0 })
    await cache.set('read-d', entry('rows of post 4'), { fetchCache: true, tags: ['comments:4'] })
    expect(await cache.get('read-d', context)).not.toBeNull()
  })
})
