import 'server-only'
import { claimDueOutboxEmails, markOutboxFailed, markOutboxRetry, markOutboxSent } from '@/db/queries/outbox'
import { afterFailure, isPermanentFailure, type SmtpFailure } from '@/lib/email/retry'
import { env } from '@/lib/server/env'
import { deliverStoredEmail } from './mailer'

// The background sender (docs/decisions/0019): delivers what transactions queued in the outbox,
// called every few seconds by scripts/serve.ts through /api/outbox. Every fact lives in the outbox
// row, so a crash or an SMTP outage only delays an email:
// - a row is claimed (its next attempt moved a lease ahead) before it is sent, so a sender that dies
//   mid-send leaves it to be tried again once the lease runs out;
// - a temporary failure keeps it queued with the error and a later attempt (lib/email/retry.ts);
// - a permanent one (5xx) marks it failed, with the server's answer, and it is not tried again.
// The one way to mail someone twice is a crash between the server's "250 accepted" and the sent mark,
// as for the newsletter (docs/decisions/0008).

const BATCH_SIZE = 20
/** Longer than one SMTP conversation takes (nodemailer gives up on a dead connection well before). */
export const OUTBOX_LEASE_MS = 60_000

export type OutboxRunResult = { sent: number; retrying: number; failed: number }

let isRunningHere = false

export async function deliverDueOutbox(now: () => number = Date.now): Promise<OutboxRunResult> {
  const result: OutboxRunResult = { sent: 0, retrying: 0, failed: 0 }
  // Without SMTP_URL the outbox is where mail lives (docs/decisions/0006): nothing to deliver.
  const smtpUrl = env.smtpUrl
  if (!smtpUrl || isRunningHere) return result
  isRunningHere = true
  try {
    const due = await claimDueOutboxEmails(now(), BATCH_SIZE, OUTBOX_LEASE_MS)
    for (const email of due) {
      try {
        await deliverStoredEmail(smtpUrl, email)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        const decision = afterFailure({
          attempts: email.attempts,
          createdAt: email.createdAt,
          now: now(),
          isPermanent: typeof error === 'object' && error !== null && isPermanentFailure(error as SmtpFailure),
        })
        if (decision.kind === 'retry') {
          await markOutboxRetry(email.id, decision.attempts, decision.retryAt, message)
          result.retrying += 1
        } else {
          const why = decision.reason === 'permanent' ? 'Refused by the mail server, not retried' : `Gave up after ${decision.attempts} attempts`
          await markOutboxFailed(email.id, `${why}: ${message}`)
          result.failed += 1
        }
        continue
      }
      await markOutboxSent(email.id)
      result.sent += 1
    }
    return result
  } finally {
    isRunningHere = false
  }
}
