import 'server-only'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  finishSendIfComplete,
  listActiveSends,
  markDelivered,
  markSkipped,
  nextUndeliveredBatch,
  type ActiveNewsletterSend,
} from '@/db/queries/newsletter-sends'
import { getPostDetailById } from '@/db/queries/posts'
import { getSettings } from '@/db/queries/settings'
import { sendEmail } from '@/lib/server/mail/mailer'
import { newsletterPostEmail } from '@/lib/email/templates/newsletter-post'
import { env, generatedSecret } from '@/lib/server/env'
import { withJobLease, type JobLease } from '@/lib/server/jobs/lease'
import { unsubscribeToken } from '@/lib/newsletter/tokens'

// Mails active newsletter sends (db/queries/newsletter-sends.ts), throttled, one recipient at a time.
//
// Durability: every fact lives in the database. A recipient's delivery row gets its sent_at (in the same
// transaction as the send's sent_count) only after the mail server has accepted the message, so a
// crash or restart at any point resumes with the first recipient not yet marked and nobody is skipped.
// The one way to mail someone twice is a crash (or a failed database write) in the instant between the
// SMTP server's "250 accepted" and the markDelivered commit (one outbox update in between, well under a
// millisecond of work), or a connection lost after the server accepted the message but before its
// reply arrived, which SMTP itself cannot tell the sender about (RFC 1047). Marking before sending would turn that duplicate into
// a silent skip, which is worse for a newsletter than a rare second copy.
//
// One sender at a time per database, across processes and hosts: the 'newsletter' job lease in SQLite
// (lib/server/jobs/lease.ts, docs/decisions/0025-many-processes.md), because two senders reading the
// same batch would each mail it. The lease is renewed before every message, so a sender that stalled
// past its lease (and may have been replaced) stops before mailing anyone else.

export type NewsletterRunOptions = {
  ratePerSecond: number
  /** Stop after this many emails in this run (the rest waits for the next run). */
  maxMessages?: number
  signal?: AbortSignal
  /** How long the lease outlives a sender that stops renewing it (a crash); the default suits `npm start`. */
  leaseMs?: number
}

const BATCH_SIZE = 20
const UNSUBSCRIBE_SECRET_NAME = 'newsletter-secret'

// Two addresses for one token: the visible link opens /newsletter/unsubscribe, which only asks (a link
// scanner opening it must not unsubscribe anyone); the List-Unsubscribe header points mail clients'
// one-click button at the route handler beside it, which takes RFC 8058's POST and acts at once.
export function newsletterUnsubscribeUrls(subscriberId: number, secret: string): { pageUrl: string; oneClickUrl: string } {
  const token = encodeURIComponent(unsubscribeToken(subscriberId, secret))
  return {
    pageUrl: `${env.siteUrl}/newsletter/unsubscribe?token=${token}`,
    oneClickUrl: `${env.siteUrl}/newsletter/unsubscribe/one-click?token=${token}`,
  }
}

// Paces messages to at most ratePerSecond on average: each message gets the next slot on a fixed
// schedule, so time spent talking to the SMTP server counts towards the gap.
function createThrottle(ratePerSecond: number) {
  const gapMs = 1000 / ratePerSecond
  let nextSlotAt = 0
  return async function waitForSlot(signal?: AbortSignal): Promise<boolean> {
    const delayMs = nextSlotAt - performance.now()
    if (delayMs > 0) {
      try {
        await sleep(delayMs, undefined, { signal })
      } catch {
        return false
      }
    }
    nextSlotAt = Math.max(performance.now(), nextSlotAt) + gapMs
    return !signal?.aborted
  }
}

let isRunningHere = false

/**
 * Sends what is waiting in every active newsletter send, at most ratePerSecond emails a second, and
 * returns how many went out. Stops early on an SMTP failure (nothing is marked; the next run retries
 * that recipient), on the signal, or at maxMessages. Returns { sent: 0 } when another process holds
 * the newsletter lease.
 */
export async function runNewsletterSends(options: NewsletterRunOptions): Promise<{ sent: number }> {
  if (!(options.ratePerSecond > 0) || !Number.isFinite(options.ratePerSecond)) throw new Error('ratePerSecond must be a positive number')
  // Two runs in this process would share its lease: one at a time here too.
  if (isRunningHere) return { sent: 0 }
  isRunningHere = true
  try {
    const ran = await withJobLease(
      'newsletter',
      async (lease) => {
        const waitForSlot = createThrottle(options.ratePerSecond)
        const maxMessages = options.maxMessages ?? Number.POSITIVE_INFINITY
        let sent = 0
        for (const send of await listActiveSends()) {
          const outcome = await sendOne(send, { waitForSlot, lease, signal: options.signal, budget: maxMessages - sent })
          sent += outcome.sent
          if (outcome.isStopped) break
        }
        return { sent }
      },
      options.leaseMs,
    )
    return ran ?? { sent: 0 }
  } finally {
    isRunningHere = false
  }
}

type SendContext = {
  waitForSlot: (signal?: AbortSignal) => Promise<boolean>
  lease: JobLease
  signal: AbortSignal | undefined
  budget: number
}

async function sendOne(send: ActiveNewsletterSend, context: SendContext): Promise<{ sent: number; isStopped: boolean }> {
  // The posts row cannot go away while a send points at it (foreign key without cascade).
  const post = await getPostDetailById(send.postId)
  if (!post) throw new Error(`Newsletter send ${send.id}: post ${send.postId} is missing`)
  const settings = await getSettings()
  const content = {
    siteTitle: settings.siteTitle,
    postTitle: post.title,
    postUrl: `${env.siteUrl}/${post.slug}`,
    keyPoints: post.keyPoints ?? [],
    bodyHtml: post.body,
    siteUrl: env.siteUrl,
  }
  const isQueueOnly = env.smtpUrl === null
  const secret = generatedSecret(UNSUBSCRIBE_SECRET_NAME)
  let sent = 0
  for (;;) {
    if (context.signal?.aborted || sent >= context.budget) return { sent, isStopped: true }
    const batch = await nextUndeliveredBatch(send.id, Math.min(BATCH_SIZE, context.budget - sent))
    if (batch.length === 0) break
    for (const recipient of batch) {
      if (sent >= context.budget || !(await context.waitForSlot(context.signal))) return { sent, isStopped: true }
      if (!(await context.lease.stillHeld())) return { sent, isStopped: true }
      const { pageUrl, oneClickUrl } = newsletterUnsubscribeUrls(recipient.subscriberId, secret)
      const email = newsletterPostEmail({ ...content, unsubscribeUrl: pageUrl, firstName: recipient.firstName })
      const headers = { 'List-Unsubscribe': `<${oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      let result: Awaited<ReturnType<typeof sendEmail>>
      try {
        result = await sendEmail({ to: recipient.email, ...email, headers })
      } catch (error) {
        // The mailer refuses an address it cannot send to safely (not one plain address). That will not
        // change on the next run, so the delivery is closed without an email rather than block everyone after it.
        if (error instanceof Error && error.message.startsWith('Refused email: the recipient')) {
          console.error(`Newsletter send ${send.id}: skipped subscriber ${recipient.subscriberId}: ${error.message}`)
          await markSkipped(send.id, recipient.subscriberId, Date.now())
          continue
        }
        throw error
      }
      // An address the server refused for good is closed like the refused ones above; any other failure
      // (server down, 4xx "try later") stops this run, to be resumed from this subscriber next time.
      if (result.isRecipientRejected) {
        console.error(`Newsletter send ${send.id}: the mail server refused subscriber ${recipient.subscriberId} for good`)
        await markSkipped(send.id, recipient.subscriberId, Date.now())
        continue
      }
      // Without SMTP the outbox is the destination (docs/decisions/0006): a queued message counts as sent.
      if (!result.delivered && !isQueueOnly) return { sent, isStopped: true }
      await markDelivered(send.id, recipient.subscriberId, Date.now())
      sent += 1
    }
  }
  await finishSendIfComplete(send.id, Date.now())
  return { sent, isStopped: false }
}
