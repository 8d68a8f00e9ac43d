import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const queries = await import('./outbox')

const email = (subject: string) => ({
  toAddress: 'reader@example.com',
  subject,
  textBody: `Text of ${subject}`,
  htmlBody: `<p>Html of ${subject}</p>`,
  headers: { 'List-Unsubscribe': '<https://example.com/u/abc>' },
})

describe('outbox queries on a real database', () => {
  it('stores a new email as queued, with its headers', async () => {
    expect(await queries.countOutbox()).toBe(0)
    const { id } = await queries.insertOutboxEmail(email('first'))
    expect(id).toBeGreaterThan(0)
    const [row] = await queries.listOutbox()
    expect(row).toMatchObject({ id, ...email('first'), status: 'queued', error: null, sentAt: null })
    expect(row?.createdAt).toBeGreaterThan(Date.now() - 60_000)
    expect(await queries.countOutbox()).toBe(1)
  })

  it('marks emails sent or failed', async () => {
    const sent = await queries.insertOutboxEmail(email('sent one'))
    const failed = await queries.insertOutboxEmail(email('failed one'))
    await queries.markOutboxSent(sent.id)
    await queries.markOutboxFailed(failed.id, 'Connection refused')
    const rows = await queries.listOutbox()
    expect(rows.find((row) => row.id === sent.id)).toMatchObject({ status: 'sent', error: null })
    expect(rows.find((row) => row.id === sent.id)?.sentAt).toBeGreaterThan(0)
    expect(rows.find((row) => row.id === failed.id)).toMatchObject({ status: 'failed', error: 'Connection refused', sentAt: null })
  })

  it('keeps no live token in an email once it is sent; a queued one keeps its links working', async () => {
    const withTokens = {
      ...email('tokens'),
      textBody: 'Confirm: https://example.com/newsletter/confirm?token=live-token-1',
      htmlBody: '<a href="https://example.com/newsletter/confirm?token=live-token-1">Confirm</a>',
      headers: { 'List-Unsubscribe': '<https://example.com/newsletter/unsubscribe/one-click?token=7.live-sig>' },
    }
    const queued = await queries.insertOutboxEmail(withTokens)
    const sent = await queries.insertOutboxEmail(withTokens)
    await queries.markOutboxSent(sent.id)
    const rows = await queries.listOutbox()
    expect(JSON.stringify(rows.find((row) => row.id === sent.id))).not.toMatch(/live-token|live-sig/)
    expect(rows.find((row) => row.id === sent.id)?.textBody).toContain('/newsletter/confirm?token=redacted')
    expect(rows.find((row) => row.id === queued.id)?.textBody).toContain('token=live-token-1')
  })

  it('keeps long error messages short', async () => {
    const { id } = await queries.insertOutboxEmail(email('long error'))
    await queries.markOutboxFailed(id, 'x'.repeat(5000))
    const row = (await queries.listOutbox()).find((candidate) => candidate.id === id)
    expect(row?.error).toHaveLength(1000)
  })

  it('lists newest first, up to the limit', async () => {
    const ids: number[] = []
    for (const subject of ['a', 'b', 'c']) ids.push((await queries.insertOutboxEmail(email(subject))).id)
    const newestTwo = await queries.listOutbox(2)
    expect(newestTwo.map((row) => row.id)).toEqual([ids[2], ids[1]])
    expect(await queries.countOutbox()).toBe(9)
  })
})

describe('the outbox screen reads', () => {
  it('pages newest first, filters by status and counts each status', async () => {
    const before = await queries.listOutboxPage({ status: 'all', page: 1, perPage: 1000 })
    const ids: number[] = []
    for (const subject of ['page one', 'page two', 'page three']) ids.push((await queries.insertOutboxEmail(email(subject))).id)
    await queries.markOutboxFailed(ids[0] as number, 'Greeting never came')

    const firstPage = await queries.listOutboxPage({ status: 'all', page: 1, perPage: 2 })
    expect(firstPage.rows.map((row) => row.subject)).toEqual(['page three', 'page two'])
    expect(firstPage.rows[0]).not.toHaveProperty('htmlBody')
    expect(firstPage.total).toBe(before.total + 3)
    expect(firstPage.counts.failed).toBe(before.counts.failed + 1)
    expect(firstPage.counts.queued).toBe(before.counts.queued + 2)
    const secondPage = await queries.listOutboxPage({ status: 'all', page: 2, perPage: 2 })
    expect(secondPage.rows[0]?.subject).toBe('page one')

    const failed = await queries.listOutboxPage({ status: 'failed', page: 1, perPage: 50 })
    expect(failed.rows.every((row) => row.status === 'failed')).toBe(true)
    expect(failed.rows[0]).toMatchObject({ subject: 'page one', error: 'Greeting never came' })
    expect(failed.total).toBe(failed.counts.failed)
  })

  it('reads one email whole, or null', async () => {
    const { id } = await queries.insertOutboxEmail(email('one whole'))
    expect(await queries.getOutboxEmail(id)).toMatchObject({ id, ...email('one whole'), status: 'queued' })
    expect(await queries.getOutboxEmail(999_999)).toBeNull()
  })
})
