import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const queries = await import('./subscribers')
const { authors, newsletterDeliveries, newsletterSends, posts, subscribers } = await import('../schema')
const { eq } = await import('drizzle-orm')

const hour = 60 * 60 * 1000
const now = Date.UTC(2025, 0, 15, 12)
let sequence = 0

function signup(email: string, overrides: Partial<Parameters<typeof queries.requestSubscription>[0]> = {}) {
  sequence += 1
  return queries.requestSubscription({
    email,
    firstName: '',
    source: 'sidebar',
    confirmTokenHash: `hash-${sequence}`,
    confirmTokenExpiresAt: now + 48 * hour,
    now,
    ...overrides,
  })
}

async function rowFor(email: string) {
  const [row] = await db.select().from(subscribers).where(eq(subscribers.email, email))
  if (!row) throw new Error(`no subscriber ${email}`)
  return row
}

describe('requestSubscription', () => {
  it('adds a new address as pending, lower-cased, with its token', async () => {
    const result = await signup('  Ada@Example.COM ', { firstName: 'Ada', confirmTokenHash: 'ada-1' })
    expect(result.outcome).toBe('new')
    const row = await rowFor('ada@example.com')
    expect(row).toMatchObject({
      id: result.subscriberId,
      status: 'pending',
      firstName: 'Ada',
      source: 'sidebar',
      confirmTokenHash: 'ada-1',
      createdAt: now,
      confirmedAt: null,
    })
  })

  it('refreshes the token of a pending address, keeping its name unless a new one is given', async () => {
    const first = await signup('bea@example.com', { firstName: 'Bea' })
    const again = await signup('bea@example.com', { confirmTokenHash: 'bea-2', confirmTokenExpiresAt: now + 99 })
    expect(again).toEqual({ subscriberId: first.subscriberId, outcome: 'pending-again' })
    expect(await rowFor('bea@example.com')).toMatchObject({ firstName: 'Bea', confirmTokenHash: 'bea-2', confirmTokenExpiresAt: now + 99, status: 'pending' })
    await signup('bea@example.com', { firstName: 'Beatrice' })
    expect((await rowFor('bea@example.com')).firstName).toBe('Beatrice')
  })

  it('leaves a confirmed address exactly as it was', async () => {
    const { subscriberId } = await signup('cy@example.com', { firstName: 'Cy', confirmTokenHash: 'cy-1' })
    expect(await queries.confirmSubscription('cy-1', now + hour)).toBe('confirmed')
    const before = await rowFor('cy@example.com')
    const again = await signup('cy@example.com', { firstName: 'Someone else', confirmTokenHash: 'cy-2', source: 'post' })
    expect(again).toEqual({ subscriberId, outcome: 'already-confirmed' })
    expect(await rowFor('cy@example.com')).toEqual(before)
  })

  it('puts an unsubscribed address back to pending with a new token', async () => {
    const { subscriberId } = await signup('dee@example.com', { confirmTokenHash: 'dee-1' })
    await queries.confirmSubscription('dee-1', now)
    await queries.unsubscribeSubscriber(subscriberId, now + hour)
    const again = await signup('dee@example.com', { firstName: 'Dee', confirmTokenHash: 'dee-2', source: 'page' })
    expect(again).toEqual({ subscriberId, outcome: 'resubscribing' })
    expect(await rowFor('dee@example.com')).toMatchObject({ status: 'pending', confirmTokenHash: 'dee-2', firstName: 'Dee', source: 'page', confirmedAt: null })
    expect(await queries.confirmSubscription('dee-2', now + 2 * hour)).toBe('confirmed')
    expect(await rowFor('dee@example.com')).toMatchObject({ status: 'confirmed', confirmedAt: now + 2 * hour, unsubscribedAt: null })
  })
})

describe('confirmSubscription', () => {
  it('confirms once: the token is cleared and a second click is invalid', async () => {
    await signup('eve@example.com', { confirmTokenHash: 'eve-1' })
    expect(await queries.confirmSubscription('eve-1', now + hour)).toBe('confirmed')
    expect(await rowFor('eve@example.com')).toMatchObject({ status: 'confirmed', confirmedAt: now + hour, confirmTokenHash: null, confirmTokenExpiresAt: null })
    expect(await queries.confirmSubscription('eve-1', now + hour)).toBe('invalid')
    expect((await rowFor('eve@example.com')).status).toBe('confirmed')
  })

  it('refuses an expired token and leaves the address pending', async () => {
    await signup('fay@example.com', { confirmTokenHash: 'fay-1', confirmTokenExpiresAt: now + hour })
    expect(await queries.confirmSubscription('fay-1', now + hour)).toBe('expired')
    expect(await queries.confirmSubscription('fay-1', now + 2 * hour)).toBe('expired')
    expect((await rowFor('fay@example.com')).status).toBe('pending')
    // A fresh signup sends a new link, and the old one stops working.
    await signup('fay@example.com', { confirmTokenHash: 'fay-2' })
    expect(await queries.confirmSubscription('fay-1', now)).toBe('invalid')
    expect(await queries.confirmSubscription('fay-2', now)).toBe('confirmed')
  })

  it('does not know unknown or empty tokens', async () => {
    expect(await queries.confirmSubscription('never-issued', now)).toBe('invalid')
    expect(await queries.confirmSubscription('', now)).toBe('invalid')
  })

  it('does not let an old link sign someone back up after they unsubscribed', async () => {
    const { subscriberId } = await signup('gus@example.com', { confirmTokenHash: 'gus-1' })
    await queries.unsubscribeSubscriber(subscriberId, now)
    expect(await queries.confirmSubscription('gus-1', now)).toBe('invalid')
    expect((await rowFor('gus@example.com')).status).toBe('unsubscribed')
  })
})

describe('unsubscribeSubscriber and getSubscriberForEmail', () => {
  it('is idempotent and keeps the first unsubscribe time', async () => {
    const { subscriberId } = await signup('hal@example.com', { firstName: 'Hal', confirmTokenHash: 'hal-1' })
    await queries.confirmSubscription('hal-1', now)
    expect(await queries.getSubscriberForEmail(subscriberId)).toEqual({ id: subscriberId, email: 'hal@example.com', firstName: 'Hal', status: 'confirmed' })
    expect(await queries.unsubscribeSubscriber(subscriberId, now + hour)).toBe(true)
    expect(await queries.unsubscribeSubscriber(subscriberId, now + 2 * hour)).toBe(true)
    expect(await rowFor('hal@example.com')).toMatchObject({ status: 'unsubscribed', unsubscribedAt: now + hour })
    expect((await queries.getSubscriberForEmail(subscriberId))?.status).toBe('unsubscribed')
  })

  it('answers false and null for an id that does not exist', async () => {
    expect(await queries.unsubscribeSubscriber(999_999, now)).toBe(false)
    expect(await queries.getSubscriberForEmail(999_999)).toBeNull()
  })
})

describe('admin list, delete and export', () => {
  it('counts by status, filters, searches by address or name, and pages newest first', async () => {
    await signup('list-one@example.org', { firstName: 'Zed', now: now + 10 })
    await signup('list-two@example.org', { firstName: 'Yul', now: now + 20 })
    const all = await queries.listSubscribers({ query: '', status: 'all', page: 1, perPage: 100 })
    expect(all.total).toBe(all.counts.pending + all.counts.confirmed + all.counts.unsubscribed)
    expect(all.rows[0]?.email).toBe('list-two@example.org')
    expect(Object.keys(all.rows[0] ?? {}).sort()).toEqual(['confirmedAt', 'createdAt', 'email', 'firstName', 'id', 'source', 'status'])

    const byName = await queries.listSubscribers({ query: 'zed', status: 'all', page: 1, perPage: 10 })
    expect(byName.rows.map((row) => row.email)).toEqual(['list-one@example.org'])
    const byDomain = await queries.listSubscribers({ query: 'example.org', status: 'pending', page: 2, perPage: 1 })
    expect(byDomain.total).toBe(2)
    expect(byDomain.rows.map((row) => row.email)).toEqual(['list-one@example.org'])
    expect((await queries.listSubscribers({ query: 'example.org', status: 'confirmed', page: 1, perPage: 10 })).total).toBe(0)
  })

  it('treats % and _ in a search as plain characters', async () => {
    await signup('under_score@example.com')
    expect((await queries.listSubscribers({ query: 'under_', status: 'all', page: 1, perPage: 10 })).total).toBe(1)
    expect((await queries.listSubscribers({ query: 'r_s', status: 'all', page: 1, perPage: 10 })).total).toBe(1)
    expect((await queries.listSubscribers({ query: 'r%s', status: 'all', page: 1, perPage: 10 })).total).toBe(0)
    expect((await queries.listSubscribers({ query: 'unde_', status: 'all', page: 1, perPage: 10 })).total).toBe(0)
  })

  it('deletes a subscriber with their delivery records, once', async () => {
    const { subscriberId } = await signup('ivy@example.com')
    const [author] = await db.insert(authors).values({ email: 'writer@example.com', name: 'Writer', slug: 'writer' }).returning({ id: authors.id })
    if (!author) throw new Error('no author')
    const [post] = await db.insert(posts).values({ title: 'A post', slug: 'a-post', authorId: author.id, status: 'published' }).returning({ id: posts.id })
    if (!post) throw new Error('no post')
    const [send] = await db.insert(newsletterSends).values({ postId: post.id }).returning({ id: newsletterSends.id })
    if (!send) throw new Error('no send')
    await db.insert(newsletterDeliveries).values({ sendId: send.id, subscriberId })
    expect(await queries.deleteSubscriber(subscriberId)).toBe(true)
    expect(await queries.deleteSubscriber(subscriberId)).toBe(false)
    expect(await db.select().from(newsletterDeliveries).where(eq(newsletterDeliveries.subscriberId, subscriberId))).toEqual([])
    expect(await queries.getSubscriberForEmail(subscriberId)).toBeNull()
  })

  it('exports every subscriber, oldest first, with only the exported fields', async () => {
    const rows = await queries.listSubscribersForExport()
    expect(rows[0]).toEqual({ email: 'ada@example.com', firstName: 'Ada', status: 'pending', source: 'sidebar', createdAt: now })
    expect(rows.length).toBe((await db.select().from(subscribers)).length)
  })
})

describe('importSubscribers', () => {
  it('adds new addresses as confirmed imports and merges existing ones', async () => {
    await signup('merge-pending@example.com', { confirmTokenHash: 'merge-1' })
    const { subscriberId: leftId } = await signup('merge-left@example.com', { firstName: 'Left' })
    await queries.unsubscribeSubscriber(leftId, now)
    await signup('merge-named@example.com', { firstName: 'Kept', confirmTokenHash: 'merge-2' })
    await queries.confirmSubscription('merge-2', now)

    const result = await queries.importSubscribers(
      [
        { email: 'new-one@example.com', firstName: 'Nia' },
        { email: 'NEW-TWO@example.com', firstName: '' },
        { email: 'merge-pending@example.com', firstName: 'Filled' },
        { email: 'merge-left@example.com', firstName: 'Other' },
        { email: 'merge-named@example.com', firstName: 'Replaced?' },
      ],
      now + hour,
    )
    expect(result).toEqual({ added: 2, merged: 3 })
    expect(await rowFor('new-one@example.com')).toMatchObject({
      status: 'confirmed',
      source: 'import',
      firstName: 'Nia',
      createdAt: now + hour,
      confirmedAt: now + hour,
      confirmTokenHash: null,
    })
    expect((await rowFor('new-two@example.com')).status).toBe('confirmed')
    expect(await rowFor('merge-pending@example.com')).toMatchObject({ status: 'confirmed', firstName: 'Filled', confirmedAt: now + hour, source: 'sidebar' })
    // Someone who left is not signed back up by an old list.
    expect(await rowFor('merge-left@example.com')).toMatchObject({ status: 'unsubscribed', firstName: 'Left' })
    expect((await rowFor('merge-named@example.com')).firstName).toBe('Kept')
    // The confirmation link the pending address already has now just says "already subscribed".
    expect(await queries.confirmSubscription('merge-1', now + hour)).toBe('already-confirmed')
    expect(await queries.confirmSubscription('merge-1', now + hour)).toBe('invalid')
  })

  it('counts a repeated address once as added, then as merged', async () => {
    const result = await queries.importSubscribers(
      [
        { email: 'twice@example.com', firstName: '' },
        { email: 'twice@example.com', firstName: 'Tess' },
      ],
      now,
    )
    expect(result).toEqual({ added: 1, merged: 1 })
    expect((await rowFor('twice@example.com')).firstName).toBe('Tess')
  })

  it('writes nothing when any row fails (one transaction)', async () => {
    const before = (await db.select().from(subscribers)).length
    await expect(
      queries.importSubscribers(
        [
          { email: 'rolled-back@example.com', firstName: '' },
          { email: 'bad@example.com', firstName: null as unknown as string },
        ],
        now,
      ),
    ).rejects.toThrow()
    expect((await db.select().from(subscribers)).length).toBe(before)
  })
})
