// When the background sender (lib/server/mail/outbox-sender.ts) tries a queued email again, and when it
// stops. Temporary failures (a 4xx "try later", the server down or unreachable, a timeout) are retried
// with a doubling delay; a permanent one (a 5xx answer: no such mailbox, message refused) is not,
// since the same email would be refused again.

export const retryPolicy = {
  /** Delay before the first retry; doubled after each failure. */
  firstDelayMs: 2_000,
  /** Never wait longer than this between two attempts. */
  maxDelayMs: 60 * 60 * 1000,
  /** A temporary failure that lasts this long (from when the email was queued) is given up. */
  giveUpAfterMs: 7 * 24 * 60 * 60 * 1000,
} as const

export type SmtpFailure = { responseCode?: unknown; command?: unknown; code?: unknown }

/**
 * Permanent: the server answered 5xx to the message or a recipient. A 5xx to AUTH is the site's own
 * misconfiguration (a wrong password in SMTP_URL), which the owner can fix, so it is retried.
 */
export function isPermanentFailure(error: SmtpFailure): boolean {
  const code = typeof error.responseCode === 'number' ? error.responseCode : null
  if (code === null || code < 500 || code > 599) return false
  return error.command !== 'AUTH PLAIN' && error.command !== 'AUTH LOGIN' && error.command !== 'AUTH' && error.command !== 'AUTH XOAUTH2'
}

export type RetryDecision = { kind: 'retry'; attempts: number; retryAt: number } | { kind: 'give-up'; attempts: number; reason: 'permanent' | 'expired' }

/** What to do after a failed attempt. `attempts` counts the failures before this one. */
export function afterFailure(input: { attempts: number; createdAt: number; now: number; isPermanent: boolean }): RetryDecision {
  const attempts = input.attempts + 1
  if (input.isPermanent) return { kind: 'give-up', attempts, reason: 'permanent' }
  if (input.now - input.createdAt >= retryPolicy.giveUpAfterMs) return { kind: 'give-up', attempts, reason: 'expired' }
  const delay = Math.min(retryPolicy.maxDelayMs, retryPolicy.firstDelayMs * 2 ** Math.min(attempts - 1, 30))
  return { kind: 'retry', attempts, retryAt: input.now + delay }
}
