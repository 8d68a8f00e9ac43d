import 'server-only'
import { count, desc, eq } from 'drizzle-orm'
import { redactHeaders, redactTokens } from '@/lib/email/redact'
import { db } from '../client'
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
}

// SMTP errors can quote whole server replies; the editor only needs the gist.
const MAX_ERROR_LENGTH = 1000

export async function insertOutboxEmail(email: NewOutboxEmail): Promise<{ id: number }> {
  const [row] = await db
    .insert(outbox)
    .values({ ...email, status: 'queued', createdAt: Date.now() })
    .returning({ id: outbox.id })
  if (!row) throw new Error('The outbox insert returned no row')
  return row
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
    .set({ status: 'failed', error: error.slice(0, MAX_ERROR_LENGTH) || 'Unknown error', sentAt: null })
    .where(eq(outbox.id, id))
}

export async function listOutbox(limit = 100): Promise<OutboxView[]> {
  const rows = await db
    .select({
      id: outbox.id,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      textBody: outbox.textBody,
      htmlBody: outbox.htmlBody,
      headers: outbox.headers,
      status: outbox.status,
      error: outbox.error,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
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
export type OutboxRow = Pick<OutboxView, 'id' | 'toAddress' | 'subject' | 'status' | 'error' | 'createdAt' | 'sentAt'>

const rowColumns = {
  id: outbox.id,
  toAddress: outbox.toAddress,
  subject: outbox.subject,
  status: outbox.status,
  error: outbox.error,
  createdAt: outbox.createdAt,
  sentAt: outbox.sentAt,
}

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
    .select({ ...rowColumns, textBody: outbox.textBody, htmlBody: outbox.htmlBody, headers: outbox.headers })
    .from(outbox)
    .where(eq(outbox.id, id))
    .limit(1)
  return row ? { ...row, headers: row.headers ?? {} } : null
}
