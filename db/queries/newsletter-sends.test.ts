import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { authors, newsletterDeliveries, posts, subscribers } = await import('../schema')
const { and, eq } = await import('drizzle-orm')
const sends = await import('./newsletter-sends')

let authorId = 0

async function newPost(slug: string): Promise<number> {
  const [row] = await db.insert(posts).values({ title: slug, slug, authorId, status: 'published', publishedAt: Date.now() }).returning({ id: posts.id })
  if (!row) throw new Error('no post')
  return row.id
}

async function newSubscriber(email: string, status: 'pending' | 'confirmed' | 'unsubscribed', firstName = ''): Promise<number> {
  const [row] = await db.insert(subscribers).values({ email, status, firstName }).returning({ id: subscribers.id })
  if (!row) throw new Error('no subscriber')
  return row.id
}

async function setStatus(id: number, status: 'pending' | 'confirmed' | 'unsubscribed') {
  await db.update(subscribers).set({ status }).where(eq(subscribers.id, id))
}

async function deliveryOf(sendId: number, subscriberId: number) {
  const [row] = await db
    .select()
    .from(newsletterDeliveries)
    .where(and(eq(newsletterDeliveries.sendId, sendId), eq(newsletterDeliveries.subscriberId, subscriberId)))
  return row ?? null
}

const ids: Record<string, number> = {}

beforeAll(async () => {
  const [author] = await db.insert(authors).values({ email: 'author@example.com', name: 'Author', slug: 'author' }).returning({ id: authors.id })
  authorId = author?.id ?? 0
  ids.ada = await newSubscriber('ada@example.com', 'confirmed', 'Ada')
  ids.pending = await newSubscriber('pending@example.com', 'pending')
  ids.gone = await newSubscriber('gone@example.com', 'unsubscribed')
  ids.grace = await newSubscriber('grace@example.com', 'confirmed', 'Grace')
  ids.linus = await newSubscriber('linus@example.com', 'confirmed')
})

describe('newsletter sends on a real database', () => {
  it('creates one send per post, with a snapshot of the confirmed subscribers only', async () => {
    const postId = await newPost('snapshot')
    expect(await sends.getSendForPost(postId)).toBeNull()

    const first = await sends.createSendForPost(postId)
    expect(first.isNew).toBe(true)
    const view = await sends.getSendForPost(postId)
    expect(view).toMatchObject({ id: first.sendId, status: 'sending', recipientCount: 3, sentCount: 0, finishedAt: null })
    expect(view?.createdAt).toBeGreaterThan(Date.now() - 60_000)

    // Someone confirming afterwards is not added; asking again returns the same send, unchanged.
    await setStatus(ids.pending ?? 0, 'confirmed')
    const second = await sends.createSendForPost(postId)
    expect(second).toEqual({ sendId: first.sendId, isNew: false })
    expect((await sends.getSendForPost(postId))?.recipientCount).toBe(3)
    const batch = await sends.nextUndeliveredBatch(first.sendId, 10)
    expect(batch).toEqual([
      { subscriberId: ids.ada, email: 'ada@example.com', firstName: 'Ada' },
      { subscriberId: ids.grace, email: 'grace@example.com', firstName: 'Grace' },
      { subscriberId: ids.linus, email: 'linus@example.com', firstName: '' },
    ])
    expect(await sends.listActiveSends()).toEqual([expect.objectContaining({ id: first.sendId, postId, status: 'sending' })])
    await setStatus(ids.pending ?? 0, 'pending')
  })

  it('hands out batches in subscriber order, skips whoever unsubscribed meanwhile, and finishes once everyone is handled', async () => {
    const postId = await newPost('batches')
    const { sendId } = await sends.createSendForPost(postId)

    const firstBatch = await sends.nextUndeliveredBatch(sendId, 1)
    expect(firstBatch.map((recipient) => recipient.subscriberId)).toEqual([ids.ada])
    expect(await sends.markDelivered(sendId, ids.ada ?? 0, 1000)).toBe(true)
    expect(await sends.finishSendIfComplete(sendId, 1001)).toBe(false)

    // Grace unsubscribes before her turn: the next batch skips her and marks her handled, not sent.
    await setStatus(ids.grace ?? 0, 'unsubscribed')
    const secondBatch = await sends.nextUndeliveredBatch(sendId, 1, 2000)
    expect(secondBatch.map((recipient) => recipient.subscriberId)).toEqual([ids.linus])
    expect((await deliveryOf(sendId, ids.grace ?? 0))?.sentAt).toBe(2000)
    expect((await deliveryOf(sendId, ids.linus ?? 0))?.sentAt).toBeNull()

    expect(await sends.markDelivered(sendId, ids.linus ?? 0, 3000)).toBe(true)
    expect(await sends.nextUndeliveredBatch(sendId, 5)).toEqual([])
    expect(await sends.finishSendIfComplete(sendId, 4000)).toBe(true)
    expect(await sends.finishSendIfComplete(sendId, 5000)).toBe(false)
    expect(await sends.getSendForPost(postId)).toMatchObject({ status: 'done', recipientCount: 3, sentCount: 2, finishedAt: 4000 })
    expect((await sends.listActiveSends()).map((send) => send.id)).not.toContain(sendId)
    await setStatus(ids.grace ?? 0, 'confirmed')
  })

  it('counts a delivery once however often it is marked', async () => {
    const postId = await newPost('idempotent')
    const { sendId } = await sends.createSendForPost(postId)
    expect(await sends.markDelivered(sendId, ids.ada ?? 0, 1000)).toBe(true)
    expect(await sends.markDelivered(sendId, ids.ada ?? 0, 2000)).toBe(false)
    expect(await sends.markDelivered(sendId, ids.pending ?? 0, 2000)).toBe(false)
    expect((await deliveryOf(sendId, ids.ada ?? 0))?.sentAt).toBe(1000)
    expect((await sends.getSendForPost(postId))?.sentCount).toBe(1)
  })

  it('closes a refused address without counting it, and never reopens a delivery', async () => {
    const postId = await newPost('skipped')
    const { sendId } = await sends.createSendForPost(postId)
    await sends.markSkipped(sendId, ids.ada ?? 0, 1000)
    await sends.markSkipped(sendId, ids.ada ?? 0, 2000)
    expect((await deliveryOf(sendId, ids.ada ?? 0))?.sentAt).toBe(1000)
    expect(await sends.markDelivered(sendId, ids.ada ?? 0, 3000)).toBe(false)
    expect((await sends.nextUndeliveredBatch(sendId, 5)).map((recipient) => recipient.subscriberId)).toEqual([ids.grace, ids.linus])
    expect((await sends.getSendForPost(postId))?.sentCount).toBe(0)
  })

  it('finishes a send that had nobody to mail, and fills a batch past a long run of unsubscribed people', async () => {
    await db.update(subscribers).set({ status: 'unsubscribed' })
    const emptyPostId = await newPost('nobody')
    const empty = await sends.createSendForPost(emptyPostId)
    expect((await sends.getSendForPost(emptyPostId))?.recipientCount).toBe(0)
    expect(await sends.finishSendIfComplete(empty.sendId, 1000)).toBe(true)

    const many: number[] = []
    for (let index = 0; index < 30; index += 1) many.push(await newSubscriber(`reader${index}@example.com`, 'confirmed'))
    const postId = await newPost('many')
    const { sendId } = await sends.createSendForPost(postId)
    for (const id of many.slice(0, 25)) await setStatus(id, 'unsubscribed')
    const batch = await sends.nextUndeliveredBatch(sendId, 3)
    expect(batch.map((recipient) => recipient.subscriberId)).toEqual(many.slice(25, 28))
  })
})
