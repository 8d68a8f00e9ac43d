import 'server-only'
import { and, asc, count, desc, eq, isNotNull, lte, min } from 'drizzle-orm'
import { redactHeaders, redactTokens } from '@/lib/email/redact'
import { db, type Transaction } from '../client'
import { outbox, type OutboxStatus } from '../schema'

export type NewOutboxEmail = {
  toAddress: string
  subject: string
  textBody: string
  htmlBody: string
  headers: Record<string, string>
}

export type OutboxView = NewOutboxEmail & {
  id: number
  status: OutboxStatus
  error: string | null
  createdAt: number
  sentAt: number | null
  /** Failed delivery attempts so far, and when the background sender tries next (null: it will not). */
  attempts: number
  nextAttemptAt: number | null
}

// SMTP errors can quote whole server replies; the editor only needs the gist.
const MAX_ERROR_LENGTH = 1000

const rowColumns = {
  id: outbox.id,
  toAddress: outbox.toAddress,
  subject: outbox.subject,
  status: outbox.status,
  error: outbox.error,
  createdAt: outbox.createdAt,
  sentAt: outbox.sentAt,
  attempts: outbox.attempts,
  nextAttemptAt: outbox.nextAttemptAt,
}

const bodyColumns = { textBody: outbox.textBody, htmlBody: outbox.htmlBody, headers: outbox.headers }

/** For the mailer's immediate send (the newsletter): the background sender leaves this row alone. */
export async function insertOutboxEmail(email: NewOutboxEmail): Promise<{ id: number }> {
  const [row] = await db
    .insert(outbox)
    .values({ ...email, status: 'queued', createdAt: Date.now() })
    .returning({ id: outbox.id })
  if (!row) throw new Error('The outbox insert returned no row')
  return row
}

/**
 * Queues emails inside the caller's transaction (the comment, approval or signup that causes them), so
 * they exist exactly when what caused them does. The background sender (lib/server/mail/outbox-sender.ts)
 * delivers them.
 */
export function insertOutboxEmails(tx: Transaction, emails: readonly NewOutboxEmail[], now = Date.now()): void {
  if (emails.length === 0) return
  tx.insert(outbox)
    .values(emails.map((email) => ({ ...email, status: 'queued' as const, createdAt: now, nextAttemptAt: now, attempts: 0 })))
    .run()
}

/** Queues emails in a transaction of their own (a notification nothing else is written with). */
export async function queueOutboxEmails(emails: readonly NewOutboxEmail[]): Promise<void> {
  return db.transaction((tx) => insertOutboxEmails(tx, emails))
}

export type DueOutboxEmail = NewOutboxEmail & { id: number; attempts: number; createdAt: number }

/**
 * Takes up to `limit` queued emails whose time has come and moves their next attempt `leaseMs` ahead
 * in the same transaction, so no other sender takes them meanwhile; a sender that dies mid-send
 * leaves them to be tried again when the lease runs out.
 */
export async function claimDueOutboxEmails(now: number, limit: number, leaseMs: number): Promise<DueOutboxEmail[]> {
  return db.transaction(
    (tx) => {
      const rows = tx
        .select({ ...rowColumns, ...bodyColumns })
        .from(outbox)
        .where(and(eq(outbox.status, 'queued'), isNotNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, now)))
        // Emails never tried first: a backlog of retries after an outage does not hold up new mail.
        .orderBy(asc(outbox.attempts), asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(limit)
        .all()
      for (const row of rows) {
        tx.update(outbox)
          .set({ nextAttemptAt: now + leaseMs })
          .where(eq(outbox.id, row.id))
          .run()
      }
      return rows.map((row) => ({ ...row, headers: row.headers ?? {} }))
    },
    { behavior: 'immediate' },
  )
}

/** A temporary failure: stays queued, with the error shown and the next attempt at `retryAt`. */
export async function markOutboxRetry(id: number, attempts: number, retryAt: number, error: string): Promise<void> {
  await db
    .update(outbox)
    .set({ attempts, nextAttemptAt: retryAt, error: error.slice(0, MAX_ERROR_LENGTH) || 'Unknown error' })
    .where(eq(outbox.id, id))
}

/** What is waiting for the background sender: how many, and since when (for /healthz). */
export async function getOutboxBacklog(): Promise<{ waiting: number; oldestCreatedAt: number | null }> {
  const [row] = await db
    .select({ waiting: count(), oldest: min(outbox.createdAt) })
    .from(outbox)
    .where(and(eq(outbox.status, 'queued'), isNotNull(outbox.nextAttemptAt)))
  return { waiting: row?.waiting ?? 0, oldestCreatedAt: row?.oldest ?? null }
}

// Once sent, the copy keeps no live tokens (lib/email/redact.ts): read and rewrite in one transaction.
export async function markOutboxSent(id: number): Promise<void> {
  return db.transaction((tx) => {
    const row = tx.select({ textBody: outbox.textBody, htmlBody: outbox.htmlBody, headers: outbox.headers }).from(outbox).where(eq(outbox.id, id)).get()
    if (!row) return
    tx.update(outbox)
      .set({
        status: 'sent',
        error: null,
        sentAt: Date.now(),
        nextAttemptAt: null,
        textBody: redactTokens(row.textBody),
        htmlBody: redactTokens(row.htmlBody),
        headers: redactHeaders(row.headers),
      })
      .where(eq(outbox.id, id))
      .run()
  })
}

export async function markOutboxFailed(id: number, error: string): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'failed', error: error.slice(0, MAX_ERROR_LENGTH) || 'Unknown error', sentAt: null, nextAttemptAt: null })
    .where(eq(outbox.id, id))
}

export async function listOutbox(limit = 100): Promise<OutboxView[]> {
  const rows = await db
    .select({ ...rowColumns, ...bodyColumns })
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(Math.max(0, Math.floor(limit)))
  return rows.map((row) => ({ ...row, headers: row.headers ?? {} }))
}

export async function countOutbox(): Promise<number> {
  const [row] = await db.select({ total: count() }).from(outbox)
  return row?.total ?? 0
}

/** A line of the outbox screen: no bodies or headers. */
export type OutboxRow = Pick<OutboxView, 'id' | 'toAddress' | 'subject' | 'status' | 'error' | 'createdAt' | 'sentAt' | 'attempts' | 'nextAttemptAt'>

/** One page of the outbox, newest first, with the count of each status for the filter links. */
export async function listOutboxPage(options: { status: OutboxStatus | 'all'; page: number; perPage: number }): Promise<{
  rows: OutboxRow[]
  total: number
  counts: Record<OutboxStatus, number>
}> {
  const where = options.status === 'all' ? undefined : eq(outbox.status, options.status)
  const rows = await db
    .select(rowColumns)
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(options.perPage)
    .offset((options.page - 1) * options.perPage)
  const grouped = await db.select({ status: outbox.status, total: count() }).from(outbox).groupBy(outbox.status)
  const counts: Record<OutboxStatus, number> = { queued: 0, sent: 0, failed: 0 }
  for (const group of grouped) counts[group.status] = group.total
  const total = options.status === 'all' ? counts.queued + counts.sent + counts.failed : counts[options.status]
  return { rows, total, counts }
}

export async function getOutboxEmail(id: number): Promise<OutboxView | null> {
  const [row] = await db
    .select({ ...rowColumns, ...bodyColumns })
    .from(outbox)
    .where(eq(outbox.id, id))
    .limit(1)
  return row ? { ...row, headers: row.headers ?? {} } : null
}
