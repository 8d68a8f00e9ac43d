import { loginLimits } from '@/lib/auth/rate-limit'

const dayMs = 24 * 60 * 60 * 1000

// The longest window any rate limit looks back over (an address the author signed in from stays
// "known" to the login brake this long): older entries can never count again.
export const rateLimitRetentionMs = Math.max(loginLimits.knownAddressMs, loginLimits.accountWindowMs, 24 * 60 * 60 * 1000)

/** What the privacy job erases at `nowMs`: comment network data before one moment, rate-limit entries before another. */
export function retentionCutoffs(nowMs: number, commenterDataDays: number): { commenterDataBefore: number | null; rateLimitHitsBefore: number } {
  return {
    commenterDataBefore: commenterDataDays > 0 ? nowMs - commenterDataDays * dayMs : null,
    rateLimitHitsBefore: nowMs - rateLimitRetentionMs,
  }
}
