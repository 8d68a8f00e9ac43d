import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { insertOutboxEmail, markOutboxFailed, markOutboxSent, type NewOutboxEmail } from '@/db/queries/outbox'
import { getSettings } from '@/db/queries/settings'
import { env } from '@/lib/server/env'
import { processGlobal } from '@/lib/server/process-global'

// The one mailer (docs/decisions/0006). Every email is written to the outbox first, so nothing is lost and the
// author can read it in the editor. With SMTP_URL set it is then sent and marked sent or failed; with
// SMTP_URL unset it stays 'queued' in the outbox, which is the embedded default (docs/decisions/0006).
// Two ways in: outboxEmail() makes the row a caller's transaction writes (notifications, confirmations:
// delivered by the background sender, lib/server/mail/outbox-sender.ts, with retries; docs/decisions/0019),
// and sendEmail() writes and sends at once (the newsletter, whose send retries by itself).

export type EmailMessage = {
  /** One bare address, e.g. "ada@example.com". */
  to: string
  subject: string
  text: string
  html: string
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>
}

/**
 * `isRecipientRejected`: the server refused this address for good (a 5xx answer to RCPT TO, e.g.
 * "550 no such mailbox"). Retrying will not help, unlike a timeout or a 4xx "try later".
 */
export type SendResult = { outboxId: number; delivered: boolean; isRecipientRejected: boolean }

// nodemailer's error for a refused envelope carries the SMTP command and the server's reply code.
export function isPermanentRecipientRejection(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { command, responseCode } = error as { command?: unknown; responseCode?: unknown }
  return command === 'RCPT TO' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600
}

const LINE_BREAK = /[\r\n]/
// RFC 5322 field names: printable ASCII except the colon.
const HEADER_NAME = /^[\x21-\x39\x3b-\x7e]+$/
// One plain address and nothing else: a list ("a@x, b@y") or a display name would widen who gets it.
const BARE_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/
// Headers nodemailer builds itself; letting a caller set them would bypass the checks on `to`.
const RESERVED_HEADERS = new Set(['to', 'cc', 'bcc', 'from', 'sender', 'subject', 'content-type', 'content-transfer-encoding', 'mime-version'])

// Header injection defence: a CR or LF in anything that becomes a header line is refused outright
// (thrown, since it is a bug or an attack, never a state a reader should see), before anything is stored.
function assertSafeMessage(message: EmailMessage): void {
  if (LINE_BREAK.test(message.to)) throw new Error('Refused email: the recipient contains a line break')
  if (!BARE_ADDRESS.test(message.to.trim())) throw new Error('Refused email: the recipient must be one plain email address')
  if (LINE_BREAK.test(message.subject)) throw new Error('Refused email: the subject contains a line break')
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new Error('Refused email: a header name is not valid')
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new Error(`Refused email: the ${name} header is set by the mailer`)
    if (LINE_BREAK.test(value)) throw new Error(`Refused email: the ${name} header contains a line break`)
  }
}

// MAIL_FROM when configured, else "Site Title" <no-reply@HOST> with HOST from SITE_URL. The title is read
// from settings at send time, so a renamed site signs its next email with the new name.
async function sender(): Promise<string | { name: string; address: string }> {
  const configured = env.mailFrom
  if (configured) {
    if (LINE_BREAK.test(configured)) throw new Error('MAIL_FROM contains a line break')
    return configured
  }
  const { siteTitle } = await getSettings()
  // nodemailer quotes and encodes the display name itself.
  return { name: siteTitle.replace(/[\r\n]+/g, ' '), address: `no-reply@${new URL(env.siteUrl).hostname}` }
}

// One transport per process and per SMTP_URL, kept on globalThis so dev-mode reloads reuse it.
// Timeouts and other nodemailer options can ride on the URL's query (?connectionTimeout=10000).
const transportsSlot = processGlobal<Map<string, Transporter>>('mail-transports')

function transportFor(smtpUrl: string): Transporter {
  const transports = transportsSlot.getOrCreate(() => new Map())
  let transport = transports.get(smtpUrl)
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl)
    transports.set(smtpUrl, transport)
  }
  return transport
}

/**
 * The outbox row for an email, checked like every email (header injection, one plain recipient), for
 * the caller's transaction to write (insertOutboxEmails in db/queries/outbox.ts). The sender's address
 * is chosen when it is delivered.
 */
export function outboxEmail(message: EmailMessage): NewOutboxEmail {
  assertSafeMessage(message)
  return { toAddress: message.to.trim(), subject: message.subject, textBody: message.text, htmlBody: message.html, headers: { ...message.headers } }
}

/** Hands one stored email to SMTP; throws nodemailer's error (with responseCode and command) when it fails. */
export async function deliverStoredEmail(smtpUrl: string, email: NewOutboxEmail): Promise<void> {
  const from = await sender()
  const { toAddress: to, subject, textBody: text, htmlBody: html, headers } = email
  assertSafeMessage({ to, subject, text, html, headers })
  await transportFor(smtpUrl).sendMail({ from, to, subject, text, html, headers })
}

export async function sendEmail(message: EmailMessage): Promise<SendResult> {
  assertSafeMessage(message)
  const from = await sender()
  const to = message.to.trim()
  const headers = { ...message.headers }
  const { id: outboxId } = await insertOutboxEmail({ toAddress: to, subject: message.subject, textBody: message.text, htmlBody: message.html, headers })

  const smtpUrl = env.smtpUrl
  if (!smtpUrl) return { outboxId, delivered: false, isRecipientRejected: false }

  try {
    await transportFor(smtpUrl).sendMail({ from, to, subject: message.subject, text: message.text, html: message.html, headers })
  } catch (error) {
    // An SMTP failure is recorded, never thrown: the email waits in the outbox, marked failed.
    await markOutboxFailed(outboxId, error instanceof Error ? error.message : String(error))
    return { outboxId, delivered: false, isRecipientRejected: isPermanentRecipientRejection(error) }
  }
  await markOutboxSent(outboxId)
  return { outboxId, delivered: true, isRecipientRejected: false }
}
