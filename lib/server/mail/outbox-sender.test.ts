import { once } from 'node:events'
import { createServer, type AddressInfo } from 'node:net'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestSmtpServer } from '@/test/smtp-test-server'
import { openTemporaryDatabase } from '@/test/temp-database'

// The background sender against a real SMTP server on loopback: delivered, retried later on a
// temporary failure (4xx, server down), failed for good on a 5xx, and never sent twice.
const smtp = await startTestSmtpServer()
const { port, received } = smtp

// A port nothing listens on: "connection refused", as when the mail server is down.
const probe = createServer().listen(0, '127.0.0.1')
await once(probe, 'listening')
const closedPort = (probe.address() as AddressInfo).port
await new Promise<void>((resolve) => probe.close(() => resolve()))

openTemporaryDatabase()
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
process.env.SITE_URL = 'https://spoons.example'
const { db } = await import('@/db/client')
const { outbox } = await import('@/db/schema')
const { claimDueOutboxEmails, queueOutboxEmails, listOutbox } = await import('@/db/queries/outbox')
const { outboxEmail } = await import('./mailer')
const { deliverDueOutbox, OUTBOX_LEASE_MS } = await import('./outbox-sender')
const { retryPolicy } = await import('@/lib/email/retry')

afterAll(async () => smtp.close())

beforeEach(async () => {
  received.length = 0
  await db.delete(outbox)
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
})

const email = (to: string) => outboxEmail({ to, subject: 'New reply to your comment', text: 'Hello', html: '<p>Hello</p>' })

describe('deliverDueOutbox', () => {
  it('delivers queued emails once and marks them sent', async () => {
    await queueOutboxEmails([email('ada@example.com'), email('grace@example.com')])
    expect(await deliverDueOutbox()).toEqual({ sent: 2, retrying: 0, failed: 0 })
    expect(await deliverDueOutbox()).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect(received.map((message) => message.envelopeTo)).toEqual([['ada@example.com'], ['grace@example.com']])
    expect((await listOutbox()).map((row) => [row.status, row.nextAttemptAt])).toEqual([
      ['sent', null],
      ['sent', null],
    ])
  })

  it('keeps an email queued while the server is down and delivers it once it is back, after the backoff', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${closedPort}`
    await queueOutboxEmails([email('ada@example.com')])
    const start = Date.now()
    expect(await deliverDueOutbox(() => start)).toEqual({ sent: 0, retrying: 1, failed: 0 })
    const [waiting] = await listOutbox()
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: start + retryPolicy.firstDelayMs })
    expect(waiting?.error).toMatch(/ECONNREFUSED|connect/i)

    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    // Not yet due: nothing is tried before the backoff is over.
    expect(await deliverDueOutbox(() => start + retryPolicy.firstDelayMs - 1)).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect(await deliverDueOutbox(() => start + retryPolicy.firstDelayMs)).toEqual({ sent: 1, retrying: 0, failed: 0 })
    expect(received).toHaveLength(1)
    expect((await listOutbox())[0]).toMatchObject({ status: 'sent', error: null })
  })

  it('retries a 4xx "try later" with a growing delay', async () => {
    await queueOutboxEmails([email('busy@example.com')])
    const start = Date.now()
    await deliverDueOutbox(() => start)
    await deliverDueOutbox(() => start + retryPolicy.firstDelayMs)
    const [row] = await listOutbox()
    expect(row).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: start + retryPolicy.firstDelayMs * 3 })
    expect(row?.error).toContain('try later')
  })

  it('marks a 5xx refusal failed with the server’s answer and never tries it again', async () => {
    await queueOutboxEmails([email('nobody@example.com')])
    expect(await deliverDueOutbox()).toEqual({ sent: 0, retrying: 0, failed: 1 })
    const [row] = await listOutbox()
    expect(row).toMatchObject({ status: 'failed', attempts: 0, nextAttemptAt: null })
    expect(row?.error).toMatch(/^Refused by the mail server, not retried: .*No such mailbox/)
    expect(await deliverDueOutbox(() => Date.now() + 365 * 24 * 60 * 60 * 1000)).toEqual({ sent: 0, retrying: 0, failed: 0 })
  })

  it('leaves a claimed email alone until its lease runs out (a sender that died mid-send)', async () => {
    await queueOutboxEmails([email('ada@example.com')])
    const start = Date.now()
    // Claimed by a sender that then died: the next attempt was moved a lease ahead.
    await db.update(outbox).set({ nextAttemptAt: start + OUTBOX_LEASE_MS })
    expect(await deliverDueOutbox(() => start + 1000)).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect(await deliverDueOutbox(() => start + OUTBOX_LEASE_MS)).toEqual({ sent: 1, retrying: 0, failed: 0 })
  })

  it('tries new emails before a backlog of retries', async () => {
    await queueOutboxEmails([email('busy@example.com')])
    // After the queueing, whatever millisecond it took: a clock read before it could find nothing due.
    const start = Date.now() + 1
    expect(await deliverDueOutbox(() => start)).toEqual({ sent: 0, retrying: 1, failed: 0 })
    // The retry has been due for a while when a new email is queued.
    await db.update(outbox).set({ nextAttemptAt: start - 60_000 })
    await queueOutboxEmails([email('ada@example.com')])
    // Both are due; only one fits in this run, and the new one goes first.
    const due = await claimDueOutboxEmails(start + 60_000, 1, OUTBOX_LEASE_MS)
    expect(due.map((row) => row.toAddress)).toEqual(['ada@example.com'])
  })

  it('does nothing without SMTP_URL: the outbox is where mail lives', async () => {
    delete process.env.SMTP_URL
    await queueOutboxEmails([email('ada@example.com')])
    expect(await deliverDueOutbox()).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect((await listOutbox())[0]?.status).toBe('queued')
  })
})
