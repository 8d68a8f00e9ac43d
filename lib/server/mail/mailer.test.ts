import { simpleParser, type AddressObject } from 'mailparser'
import { afterAll, describe, expect, it } from 'vitest'
import { startTestSmtpServer } from '@/test/smtp-test-server'
import { openTemporaryDatabase } from '@/test/temp-database'

// A real SMTP conversation with an in-process server on loopback (docs/architecture.md, "Tests").
const smtp = await startTestSmtpServer()
const { port, received } = smtp

openTemporaryDatabase()
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
process.env.SITE_URL = 'https://spoons.example'
delete process.env.MAIL_FROM
const { sendEmail } = await import('./mailer')
const { listOutbox, countOutbox } = await import('@/db/queries/outbox')

afterAll(async () => smtp.close())

const message = {
  to: 'reader@example.com',
  subject: 'A new post: Pacing on bad days',
  text: 'Plain words for tired eyes.\nSecond line.',
  html: '<p>Plain words for <strong>tired</strong> eyes.</p>',
  headers: {
    'List-Unsubscribe': '<https://spoons.example/newsletter/unsubscribe?token=abc>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field]
  return objects.flatMap((object) => object.value.map((address) => address.address ?? ''))
}

describe('sendEmail over SMTP', () => {
  it('delivers a multipart email with its headers and marks the outbox row sent', async () => {
    const result = await sendEmail(message)
    expect(result.delivered).toBe(true)
    expect(received).toHaveLength(1)
    const [delivery] = received
    expect(delivery?.envelopeTo).toEqual(['reader@example.com'])

    const parsed = await simpleParser(delivery?.raw ?? Buffer.alloc(0))
    expect(addresses(parsed.to)).toEqual(['reader@example.com'])
    expect(parsed.from?.value).toEqual([{ name: 'Spoon Notes', address: 'no-reply@spoons.example' }])
    expect(parsed.subject).toBe(message.subject)
    expect(parsed.text?.trim()).toBe(message.text)
    expect(parsed.html).toContain('<strong>tired</strong>')
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' })
    expect(parsed.headerLines.find((line) => line.key === 'list-unsubscribe')?.line).toBe(
      'List-Unsubscribe: <https://spoons.example/newsletter/unsubscribe?token=abc>',
    )
    expect(parsed.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')

    const [row] = await listOutbox()
    // The mail went out with its token; the outbox copy keeps none (lib/email/redact.ts).
    expect(row).toMatchObject({ id: result.outboxId, status: 'sent', toAddress: 'reader@example.com', subject: message.subject })
    expect(row?.headers?.['List-Unsubscribe']).toBe('<https://spoons.example/newsletter/unsubscribe?token=redacted>')
    expect(row?.sentAt).toBeGreaterThan(0)
  })

  it('refuses a CR or LF in a header, the subject or the recipient before anything is stored or sent', async () => {
    const storedBefore = await countOutbox()
    const receivedBefore = received.length
    await expect(sendEmail({ ...message, headers: { 'List-Unsubscribe': '<https://x.example/u>\r\nBcc: victim@example.com' } })).rejects.toThrow(/line break/)
    await expect(sendEmail({ ...message, headers: { 'X-Note': 'ok\nBcc: victim@example.com' } })).rejects.toThrow(/line break/)
    await expect(sendEmail({ ...message, headers: { 'X-Evil\r\nBcc': 'victim@example.com' } })).rejects.toThrow()
    await expect(sendEmail({ ...message, subject: 'Hello\r\nBcc: victim@example.com' })).rejects.toThrow(/line break/)
    await expect(sendEmail({ ...message, to: 'reader@example.com\r\nBcc: victim@example.com' })).rejects.toThrow(/line break/)
    await expect(sendEmail({ ...message, to: 'reader@example.com, victim@example.com' })).rejects.toThrow(/one plain email address/)
    await expect(sendEmail({ ...message, headers: { Bcc: 'victim@example.com' } })).rejects.toThrow(/set by the mailer/)
    expect(await countOutbox()).toBe(storedBefore)
    expect(received).toHaveLength(receivedBefore)
  })

  it('tells a mailbox refused for good (5xx) from one to try again later (4xx)', async () => {
    const refused = await sendEmail({ ...message, to: 'nobody@example.com' })
    expect(refused).toMatchObject({ delivered: false, isRecipientRejected: true })
    const busy = await sendEmail({ ...message, to: 'busy@example.com' })
    expect(busy).toMatchObject({ delivered: false, isRecipientRejected: false })
  })

  it('records a failed row and answers delivered: false when the SMTP server is gone', async () => {
    await smtp.close()
    const result = await sendEmail({ ...message, subject: 'Nobody is listening' })
    expect(result).toMatchObject({ delivered: false, isRecipientRejected: false })
    const [row] = await listOutbox()
    expect(row).toMatchObject({ id: result.outboxId, status: 'failed', subject: 'Nobody is listening', sentAt: null })
    expect(row?.error).toMatch(/\S/)
  })
})
