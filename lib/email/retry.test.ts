import { describe, expect, it } from 'vitest'
import { afterFailure, isPermanentFailure, retryPolicy } from './retry'

const now = Date.UTC(2026, 11, 2, 9, 0, 0)

describe('afterFailure', () => {
  it('retries a temporary failure after a delay that doubles with each attempt, up to an hour', () => {
    const delays = [0, 1, 2, 3, 20].map((attempts) => {
      const decision = afterFailure({ attempts, createdAt: now, now, isPermanent: false })
      if (decision.kind !== 'retry') throw new Error('expected a retry')
      expect(decision.attempts).toBe(attempts + 1)
      return decision.retryAt - now
    })
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, retryPolicy.maxDelayMs])
  })

  it('gives up at once on a permanent failure', () => {
    expect(afterFailure({ attempts: 0, createdAt: now, now, isPermanent: true })).toEqual({ kind: 'give-up', attempts: 1, reason: 'permanent' })
  })

  it('gives up on a temporary failure that has lasted a week, not before', () => {
    const justBefore = afterFailure({ attempts: 40, createdAt: now - retryPolicy.giveUpAfterMs + 1, now, isPermanent: false })
    expect(justBefore.kind).toBe('retry')
    expect(afterFailure({ attempts: 40, createdAt: now - retryPolicy.giveUpAfterMs, now, isPermanent: false })).toEqual({
      kind: 'give-up',
      attempts: 41,
      reason: 'expired',
    })
  })
})

describe('isPermanentFailure', () => {
  it('treats a 5xx answer as permanent and a 4xx, a refused connection or a timeout as temporary', () => {
    expect(isPermanentFailure({ responseCode: 550, command: 'RCPT TO' })).toBe(true)
    expect(isPermanentFailure({ responseCode: 554, command: 'DATA' })).toBe(true)
    expect(isPermanentFailure({ responseCode: 451, command: 'RCPT TO' })).toBe(false)
    expect(isPermanentFailure({ code: 'ECONNECTION', command: 'CONN' })).toBe(false)
    expect(isPermanentFailure({ code: 'ETIMEDOUT' })).toBe(false)
  })

  it('retries a refused login (the site’s own SMTP password, which the owner can fix)', () => {
    expect(isPermanentFailure({ responseCode: 535, command: 'AUTH PLAIN' })).toBe(false)
  })
})
