import 'server-only'
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm'
import { db, type Transaction } from '../client'
import { subscribers, type SubscriberStatus } from '../schema'
import { insertOutboxEmails, type NewOutboxEmail } from './outbox'

export type SubscriptionOutcome = 'new' | 'pending-again' | 'already-confirmed' | 'resubscribing'
export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'expired' | 'invalid'

export type SubscriberRow = {
  id: number
  email: string
  firstName: string
  status: SubscriberStatus
  source: string
  createdAt: number
  confirmedAt: number | null
}

export type SubscriberForEmail = { id: number; email: string; firstName: string; status: SubscriberStatus }
export type SubscriberExportRow = { email: string; firstName: string; status: SubscriberStatus; source: string; createdAt: number }

// The unique index compares exact text, so every writer stores addresses trimmed and lower-cased.
function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

/**
 * A signup, whatever the address's history, in one transaction. The outcome is for choosing the email
 * (a confirmation link, or a short reminder for 'already-confirmed'); the page must show the same
 * answer for all four.
 */
export async function requestSubscription(
  input: {
    email: string
    firstName: string
    source: string
    confirmTokenHash: string
    confirmTokenExpiresAt: number
    now: number
  },
  mail?: (outcome: SubscriptionOutcome) => NewOutboxEmail,
): Promise<{ subscriberId: number; outcome: SubscriptionOutcome }> {
  const email = normalizeEmail(input.email)
  const token = { confirmTokenHash: input.confirmTokenHash, confirmTokenExpiresAt: input.confirmTokenExpiresAt }
  const name = input.firstName ? { firstName: input.firstName } : {}
  return db.transaction((tx) => {
    const result = decideSubscription(tx)
    // The confirmation (or reminder) is queued with the signup: it exists exactly when the signup does.
    if (mail) insertOutboxEmails(tx, [mail(result.outcome)])
    return result
  })

  function decideSubscription(tx: Transaction): { subscriberId: number; outcome: SubscriptionOutcome } {
    const existing = tx.select({ id: subscribers.id, status: subscribers.status }).from(subscribers).where(eq(subscribers.email, email)).get()
    if (!existing) {
      const row = tx
        .insert(subscribers)
        .values({ email, firstName: input.firstName, source: input.source, status: 'pending', ...token, createdAt: input.now })
        .returning({ id: subscribers.id })
        .get()
      return { subscriberId: row.id, outcome: 'new' as const }
    }
    if (existing.status === 'confirmed') return { subscriberId: existing.id, outcome: 'already-confirmed' as const }
    if (existing.status === 'pending') {
      tx.update(subscribers)
        .set({ ...token, ...name })
        .where(eq(subscribers.id, existing.id))
        .run()
      return { subscriberId: existing.id, outcome: 'pending-again' as const }
    }
    // Someone who left and signs up again starts over: pending until they confirm, from this form.
    tx.update(subscribers)
      .set({ ...token, ...name, status: 'pending', source: input.source, confirmedAt: null })
      .where(eq(subscribers.id, existing.id))
      .run()
    return { subscriberId: existing.id, outcome: 'resubscribing' as const }
  }
}

/**
 * The click on a confirmation link. Tokens are single use: success clears the hash, so a second click
 * finds nothing and gets 'invalid' (the page words that kindly). 'already-confirmed' is a token still
 * on a confirmed row, which happens when an import confirmed a pending address.
 */
export async function confirmSubscription(tokenHash: string, now: number): Promise<ConfirmOutcome> {
  if (!tokenHash) return 'invalid'
  return db.transaction((tx) => {
    const row = tx
      .select({ id: subscribers.id, status: subscribers.status, expiresAt: subscribers.confirmTokenExpiresAt })
      .from(subscribers)
      .where(eq(subscribers.confirmTokenHash, tokenHash))
      .get()
    if (!row || row.status === 'unsubscribed') return 'invalid'
    const clearToken = { confirmTokenHash: null, confirmTokenExpiresAt: null }
    if (row.status === 'confirmed') {
      tx.update(subscribers).set(clearToken).where(eq(subscribers.id, row.id)).run()
      return 'already-confirmed'
    }
    if (row.expiresAt === null || row.expiresAt <= now) return 'expired'
    tx.update(subscribers)
      .set({ ...clearToken, status: 'confirmed', confirmedAt: now, unsubscribedAt: null })
      .where(eq(subscribers.id, row.id))
      .run()
    return 'confirmed'
  })
}

/**
 * Idempotent: an address already unsubscribed keeps its first unsubscribe time. Any confirmation link
 * still out there stops working, so an old email cannot sign someone back up. False when there is no
 * such subscriber (deleted by the author, or a forged id).
 */
export async function unsubscribeSubscriber(id: number, now: number): Promise<boolean> {
  return db.transaction((tx) => {
    const row = tx.select({ status: subscribers.status }).from(subscribers).where(eq(subscribers.id, id)).get()
    if (!row) return false
    if (row.status !== 'unsubscribed') {
      tx.update(subscribers)
        .set({ status: 'unsubscribed', unsubscribedAt: now, confirmTokenHash: null, confirmTokenExpiresAt: null })
        .where(eq(subscribers.id, id))
        .run()
    }
    return true
  })
}

/** What a newsletter email needs to address one subscriber; the caller checks the status. */
export async function getSubscriberForEmail(id: number): Promise<SubscriberForEmail | null> {
  const [row] = await db
    .select({ id: subscribers.id, email: subscribers.email, firstName: subscribers.firstName, status: subscribers.status })
    .from(subscribers)
    .where(eq(subscribers.id, id))
    .limit(1)
  return row ?? null
}

// SQLite's LIKE has no escape character unless one is named.
function contains(column: typeof subscribers.email | typeof subscribers.firstName, query: string): SQL {
  const pattern = `%${query.replace(/[\\%_]/g, (match) => `\\${match}`)}%`
  return sql`${column} like ${pattern} escape '\\'`
}

/** The editor's list: newest first, searched by address or first name, with a count per status. */
export async function listSubscribers(filter: { query: string; status: SubscriberStatus | 'all'; page: number; perPage: number }): Promise<{
  rows: SubscriberRow[]
  total: number
  counts: Record<SubscriberStatus, number>
}> {
  const conditions: SQL[] = []
  if (filter.status !== 'all') conditions.push(eq(subscribers.status, filter.status))
  if (filter.query) {
    const byText = or(contains(subscribers.email, filter.query), contains(subscribers.firstName, filter.query))
    if (byText) conditions.push(byText)
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined
  const [countRow] = await db
    .select({ total: sql<number>`count(*)` })
    .from(subscribers)
    .where(where)
  const rows = await db
    .select({
      id: subscribers.id,
      email: subscribers.email,
      firstName: subscribers.firstName,
      status: subscribers.status,
      source: subscribers.source,
      createdAt: subscribers.createdAt,
      confirmedAt: subscribers.confirmedAt,
    })
    .from(subscribers)
    .where(where)
    .orderBy(desc(subscribers.createdAt), desc(subscribers.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
  const statusRows = await db
    .select({ status: subscribers.status, count: sql<number>`count(*)` })
    .from(subscribers)
    .groupBy(subscribers.status)
  const counts: Record<SubscriberStatus, number> = { pending: 0, confirmed: 0, unsubscribed: 0 }
  for (const row of statusRows) counts[row.status] = row.count
  return { rows, total: countRow?.total ?? 0, counts }
}

/** Removes the address and its delivery records (cascade). False when it was already gone. */
export async function deleteSubscriber(id: number): Promise<boolean> {
  const deleted = await db.delete(subscribers).where(eq(subscribers.id, id)).returning({ id: subscribers.id })
  return deleted.length > 0
}

/** Every subscriber, oldest first, for the CSV export. */
export async function listSubscribersForExport(): Promise<SubscriberExportRow[]> {
  return db
    .select({
      email: subscribers.email,
      firstName: subscribers.firstName,
      status: subscribers.status,
      source: subscribers.source,
      createdAt: subscribers.createdAt,
    })
    .from(subscribers)
    .orderBy(subscribers.id)
}

/**
 * A CSV import, in one transaction. The author vouches for imported addresses, so new ones are
 * confirmed at once (as Ghost's import does). An address already here is merged: an empty first name
 * is filled, and pending becomes confirmed; someone who unsubscribed stays unsubscribed.
 */
export async function importSubscribers(rows: { email: string; firstName: string }[], now: number): Promise<{ added: number; merged: number }> {
  return db.transaction((tx) => {
    let added = 0
    let merged = 0
    for (const row of rows) {
      const email = normalizeEmail(row.email)
      if (!email) continue
      const existing = tx
        .select({ id: subscribers.id, status: subscribers.status, firstName: subscribers.firstName })
        .from(subscribers)
        .where(eq(subscribers.email, email))
        .get()
      if (!existing) {
        tx.insert(subscribers).values({ email, firstName: row.firstName, status: 'confirmed', source: 'import', createdAt: now, confirmedAt: now }).run()
        added += 1
        continue
      }
      merged += 1
      const changes = {
        ...(existing.firstName === '' && row.firstName ? { firstName: row.firstName } : {}),
        // The confirmation link already sent stays valid and then says "already subscribed".
        ...(existing.status === 'pending' ? { status: 'confirmed' as const, confirmedAt: now } : {}),
      }
      if (Object.keys(changes).length > 0) tx.update(subscribers).set(changes).where(eq(subscribers.id, existing.id)).run()
    }
    return { added, merged }
  })
}
