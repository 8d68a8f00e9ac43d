import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

// With SMTP_URL unset, the outbox is where mail stays (docs/decisions/0006).
openTemporaryDatabase()
delete process.env.SMTP_URL
const { sendEmail } = await import('./mailer')
const { listOutbox, countOutbox } = await import('@/db/queries/outbox')

const message = {
  to: 'reader@example.com',
  subject: 'Please confirm your subscription',
  text: 'One click to confirm.',
  html: '<p>One click to confirm.</p>',
  headers: { 'List-Unsubscribe': '<https://spoons.example/u?token=abc>' },
}

describe('sendEmail without SMTP_URL', () => {
  it('keeps the email queued in the outbox and answers delivered: false', async () => {
    const result = await sendEmail(message)
    expect(result.delivered).toBe(false)
    const [row] = await listOutbox()
    expect(row).toEqual({
      id: result.outboxId,
      toAddress: 'reader@example.com',
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      headers: message.headers,
      status: 'queued',
      error: null,
      createdAt: expect.any(Number) as number,
      sentAt: null,
      // sendEmail's rows belong to their caller (the newsletter retries by itself): not the background sender's.
      attempts: 0,
      nextAttemptAt: null,
    })
  })

  it('stores an email without extra headers too', async () => {
    const result = await sendEmail({ to: message.to, subject: message.subject, text: message.text, html: message.html })
    expect((await listOutbox()).find((row) => row.id === result.outboxId)?.headers).toEqual({})
  })

  it('refuses header injection here as well, storing nothing', async () => {
    const before = await countOutbox()
    await expect(sendEmail({ ...message, headers: { 'X-Note': 'a\r\nBcc: victim@example.com' } })).rejects.toThrow(/line break/)
    expect(await countOutbox()).toBe(before)
  })
})
