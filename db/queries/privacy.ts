import 'server-only'
import { and, asc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm'
import { db } from '../client'
import { comments, outbox, posts, rateLimitHits, subscribers } from '../schema'

// The privacy tools (/admin/privacy): everything the site holds about one email address, as the
// export shows it, and its erasure. Comments are kept (a conversation keeps its shape) but lose
// every personal field; subscriptions, mail to the address and its rate-limit entries are deleted.

const byEmail = (email: string) => sql`lower(trim(${comments.authorEmail})) = ${email.trim().toLowerCase()}`

export type PersonalData = {
  email: string
  comments: {
    id: number
    post: string
    postUrlPath: string
    name: string
    website: string
    ipAddress: string
    userAgent: string
    text: string
    status: string
    writtenAt: string
  }[]
  subscriptions: {
    email: string
    firstName: string
    status: string
    source: string
    subscribedAt: string
    confirmedAt: string | null
    unsubscribedAt: string | null
  }[]
  notificationSettings: { commentId: number; emailMeReplies: boolean; pausedUntil: string | null }[]
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

export async function getPersonalData(email: string): Promise<PersonalData> {
  const normalised = email.trim().toLowerCase()
  const commentRows = await db
    .select({
      id: comments.id,
      post: posts.title,
      slug: posts.slug,
      name: comments.authorName,
      website: comments.authorUrl,
      ipAddress: comments.authorIp,
      userAgent: comments.userAgent,
      text: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      notifyReplies: comments.notifyReplies,
      pausedUntil: comments.notificationsPausedUntil,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(byEmail(normalised))
    .orderBy(asc(comments.createdAt), asc(comments.id))
  const subscriptionRows = await db.select().from(subscribers).where(eq(subscribers.email, normalised))
  return {
    email: normalised,
    comments: commentRows.map((row) => ({
      id: row.id,
      post: row.post,
      postUrlPath: `/${row.slug}`,
      name: row.name,
      website: row.website,
      ipAddress: row.ipAddress,
      userAgent: row.userAgent,
      text: row.text,
      status: row.status,
      writtenAt: new Date(row.createdAt).toISOString(),
    })),
    subscriptions: subscriptionRows.map((row) => ({
      email: row.email,
      firstName: row.firstName,
      status: row.status,
      source: row.source,
      subscribedAt: new Date(row.createdAt).toISOString(),
      confirmedAt: iso(row.confirmedAt),
      unsubscribedAt: iso(row.unsubscribedAt),
    })),
    notificationSettings: commentRows.map((row) => ({ commentId: row.id, emailMeReplies: row.notifyReplies, pausedUntil: iso(row.pausedUntil) })),
  }
}

export type ErasureResult = { comments: number; subscriptions: number; emails: number; postIds: number[] }

export async function erasePersonalData(email: string): Promise<ErasureResult> {
  const normalised = email.trim().toLowerCase()
  if (normalised === '') return { comments: 0, subscriptions: 0, emails: 0, postIds: [] }
  return db.transaction((tx) => {
    const rows = tx.select({ id: comments.id, postId: comments.postId, ip: comments.authorIp }).from(comments).where(byEmail(normalised)).all()
    const ips = [...new Set(rows.map((row) => row.ip).filter(Boolean))]
    if (rows.length > 0) {
      tx.update(comments)
        .set({
          authorName: 'Anonymous',
          authorEmail: '',
          authorUrl: '',
          authorIp: '',
          userAgent: '',
          notifyReplies: false,
          editTokenHash: null,
          browserKeyHash: null,
          notificationsPausedUntil: null,
        })
        .where(
          inArray(
            comments.id,
            rows.map((row) => row.id),
          ),
        )
        .run()
    }
    const removedSubscriptions = tx.delete(subscribers).where(eq(subscribers.email, normalised)).run().changes
    const removedEmails = tx
      .delete(outbox)
      .where(sql`lower(trim(${outbox.toAddress})) = ${normalised}`)
      .run().changes
    // Mail to others that quotes the address or its IPs ("please moderate" to the author) keeps its
    // words but loses those.
    for (const needle of [normalised, ...ips]) {
      const quoting = tx
        .select({ id: outbox.id, subject: outbox.subject, textBody: outbox.textBody, htmlBody: outbox.htmlBody })
        .from(outbox)
        .where(
          or(
            sql`instr(lower(${outbox.textBody}), ${needle}) > 0`,
            sql`instr(lower(${outbox.htmlBody}), ${needle}) > 0`,
            sql`instr(lower(${outbox.subject}), ${needle}) > 0`,
          ),
        )
        .all()
      for (const row of quoting) {
        const erase = (text: string) => text.replace(new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '[erased]')
        tx.update(outbox)
          .set({ subject: erase(row.subject), textBody: erase(row.textBody), htmlBody: erase(row.htmlBody) })
          .where(eq(outbox.id, row.id))
          .run()
      }
    }
    // Throttle entries keyed by the address or its IPs (login pairs are "email address").
    const keyed = [eq(rateLimitHits.key, normalised), sql`${rateLimitHits.key} like ${`${normalised} %`}`]
    if (ips.length > 0) keyed.push(inArray(rateLimitHits.key, ips), ...ips.map((ip) => sql`${rateLimitHits.key} like ${`% ${ip}`}`))
    tx.delete(rateLimitHits)
      .where(or(...keyed))
      .run()
    return { comments: rows.length, subscriptions: removedSubscriptions, emails: removedEmails, postIds: [...new Set(rows.map((row) => row.postId))] }
  })
}

/** The retention job: comments older than `beforeMs` lose their IP address and browser name. */
export async function eraseCommenterNetworkDataBefore(beforeMs: number): Promise<number> {
  const result = await db
    .update(comments)
    .set({ authorIp: '', userAgent: '' })
    .where(and(lt(comments.createdAt, beforeMs), or(ne(comments.authorIp, ''), ne(comments.userAgent, ''))))
  return result.changes
}
