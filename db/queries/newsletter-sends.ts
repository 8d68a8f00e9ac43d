import 'server-only'
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import { db } from '../client'
import { newsletterDeliveries, newsletterSends, subscribers, type NewsletterSendStatus } from '../schema'

// Sending a post to the newsletter (docs/decisions/0008): once per post, resumable, nobody mailed
// twice. All progress lives in these two tables, so a sender that crashes or restarts resumes from them.
// Transactions that read and then write are IMMEDIATE: they take the write lock up front, so a second
// connection (the site and the worker process) waits on busy_timeout instead of failing with
// SQLITE_BUSY when a deferred read lock cannot be upgraded.

export type NewsletterSendView = {
  id: number
  status: NewsletterSendStatus
  recipientCount: number
  /** Emails handed to the mail server (or queued in the outbox when SMTP is not configured). */
  sentCount: number
  createdAt: number
  finishedAt: number | null
}

export type ActiveNewsletterSend = NewsletterSendView & { postId: number }

export type NewsletterRecipient = { subscriberId: number; email: string; firstName: string }

const sendColumns = {
  id: newsletterSends.id,
  status: newsletterSends.status,
  recipientCount: newsletterSends.recipientCount,
  sentCount: newsletterSends.sentCount,
  createdAt: newsletterSends.createdAt,
  finishedAt: newsletterSends.finishedAt,
}

/**
 * Starts sending a post: the send and one delivery row per subscriber confirmed right now, in one
 * transaction. The recipient list is a snapshot (people who confirm later are not added), and a post
 * that already has a send gets that send back (`isNew: false`): a post goes out at most once.
 */
export async function createSendForPost(postId: number): Promise<{ sendId: number; isNew: boolean }> {
  return db.transaction(
    (tx) => {
      const existing = tx.select({ id: newsletterSends.id }).from(newsletterSends).where(eq(newsletterSends.postId, postId)).get()
      if (existing) return { sendId: existing.id, isNew: false }
      const send = tx.insert(newsletterSends).values({ postId, status: 'sending', createdAt: Date.now() }).returning({ id: newsletterSends.id }).get()
      // INSERT ... SELECT: one statement whatever the list size (no bound-parameter limit).
      const inserted = tx.run(
        sql`insert into ${newsletterDeliveries} (send_id, subscriber_id) select ${send.id}, ${subscribers.id} from ${subscribers} where ${subscribers.status} = 'confirmed'`,
      )
      tx.update(newsletterSends).set({ recipientCount: inserted.changes }).where(eq(newsletterSends.id, send.id)).run()
      return { sendId: send.id, isNew: true }
    },
    { behavior: 'immediate' },
  )
}

export async function getSendForPost(postId: number): Promise<NewsletterSendView | null> {
  const [row] = await db.select(sendColumns).from(newsletterSends).where(eq(newsletterSends.postId, postId)).limit(1)
  return row ?? null
}

export async function listActiveSends(): Promise<ActiveNewsletterSend[]> {
  return db
    .select({ ...sendColumns, postId: newsletterSends.postId })
    .from(newsletterSends)
    .where(eq(newsletterSends.status, 'sending'))
    .orderBy(asc(newsletterSends.id))
}

/**
 * The next recipients still owed this email, in subscriber order. Anyone on the snapshot who is no
 * longer confirmed (unsubscribed since the send started) is marked handled on the way, without an
 * email and without counting as sent, so a batch is only empty when the send has nobody left.
 */
export async function nextUndeliveredBatch(sendId: number, limit: number, now = Date.now()): Promise<NewsletterRecipient[]> {
  const wanted = Math.max(0, Math.floor(limit))
  if (wanted === 0) return []
  return db.transaction(
    (tx) => {
      const batch: NewsletterRecipient[] = []
      let afterSubscriberId = 0
      while (batch.length < wanted) {
        const rows = tx
          .select({ subscriberId: subscribers.id, email: subscribers.email, firstName: subscribers.firstName, status: subscribers.status })
          .from(newsletterDeliveries)
          .innerJoin(subscribers, eq(subscribers.id, newsletterDeliveries.subscriberId))
          .where(and(eq(newsletterDeliveries.sendId, sendId), isNull(newsletterDeliveries.sentAt), gt(newsletterDeliveries.subscriberId, afterSubscriberId)))
          .orderBy(asc(newsletterDeliveries.subscriberId))
          .limit(wanted - batch.length)
          .all()
        if (rows.length === 0) break
        const goneIds = rows.filter((row) => row.status !== 'confirmed').map((row) => row.subscriberId)
        if (goneIds.length > 0) {
          tx.update(newsletterDeliveries)
            .set({ sentAt: now })
            .where(and(eq(newsletterDeliveries.sendId, sendId), inArray(newsletterDeliveries.subscriberId, goneIds), isNull(newsletterDeliveries.sentAt)))
            .run()
        }
        for (const { status, ...recipient } of rows) if (status === 'confirmed') batch.push(recipient)
        afterSubscriberId = rows[rows.length - 1]?.subscriberId ?? afterSubscriberId
      }
      return batch
    },
    { behavior: 'immediate' },
  )
}

/** Records one email as sent; a second call for the same recipient changes nothing. True when it counted. */
export async function markDelivered(sendId: number, subscriberId: number, now: number): Promise<boolean> {
  return db.transaction(
    (tx) => {
      const marked = tx
        .update(newsletterDeliveries)
        .set({ sentAt: now })
        .where(and(eq(newsletterDeliveries.sendId, sendId), eq(newsletterDeliveries.subscriberId, subscriberId), isNull(newsletterDeliveries.sentAt)))
        .run()
      if (marked.changes === 0) return false
      tx.update(newsletterSends)
        .set({ sentCount: sql`${newsletterSends.sentCount} + 1` })
        .where(eq(newsletterSends.id, sendId))
        .run()
      return true
    },
    { behavior: 'immediate' },
  )
}

/**
 * Closes a recipient's delivery without an email and without counting it as sent: for an address the
 * mailer refuses outright, which would otherwise hold up everyone after it on every run.
 */
export async function markSkipped(sendId: number, subscriberId: number, now: number): Promise<void> {
  await db
    .update(newsletterDeliveries)
    .set({ sentAt: now })
    .where(and(eq(newsletterDeliveries.sendId, sendId), eq(newsletterDeliveries.subscriberId, subscriberId), isNull(newsletterDeliveries.sentAt)))
}

/** Marks the send done once no delivery is waiting. True when this call finished it. */
export async function finishSendIfComplete(sendId: number, now: number): Promise<boolean> {
  const waiting = db
    .select({ one: sql`1` })
    .from(newsletterDeliveries)
    .where(and(eq(newsletterDeliveries.sendId, sendId), isNull(newsletterDeliveries.sentAt)))
  const finished = await db
    .update(newsletterSends)
    .set({ status: 'done', finishedAt: now })
    .where(and(eq(newsletterSends.id, sendId), eq(newsletterSends.status, 'sending'), sql`not exists ${waiting}`))
  return finished.changes > 0
}
