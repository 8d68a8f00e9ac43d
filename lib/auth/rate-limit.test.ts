import { describe, expect, it } from 'vitest'
import { loginLimits, loginPairKey, mayCheckPassword, type LoginAttemptCounts } from './rate-limit'

const quiet: LoginAttemptCounts = { pair: 1, address: 1, accountFailures: 0, lastAccountCheckMs: null, isKnownAddress: false, nowMs: 1_000_000 }

describe('mayCheckPassword', () => {
  it('allows up to the per-account-and-address limit, counting this attempt', () => {
    expect(mayCheckPassword({ ...quiet, pair: loginLimits.perPair })).toBe(true)
    expect(mayCheckPassword({ ...quiet, pair: loginLimits.perPair + 1 })).toBe(false)
  })

  it('refuses an address that tried too many accounts', () => {
    expect(mayCheckPassword({ ...quiet, address: loginLimits.perAddress })).toBe(true)
    expect(mayCheckPassword({ ...quiet, address: loginLimits.perAddress + 1 })).toBe(false)
  })

  it('brakes an account under attack for unknown addresses only, to one check per interval', () => {
    const underAttack = { ...quiet, accountFailures: loginLimits.perAccountBeforeBrake, lastAccountCheckMs: quiet.nowMs - 1000 }
    expect(mayCheckPassword(underAttack)).toBe(false)
    expect(mayCheckPassword({ ...underAttack, isKnownAddress: true })).toBe(true)
    expect(mayCheckPassword({ ...underAttack, lastAccountCheckMs: quiet.nowMs - loginLimits.brakeIntervalMs })).toBe(true)
    expect(mayCheckPassword({ ...underAttack, accountFailures: loginLimits.perAccountBeforeBrake - 1 })).toBe(true)
  })

  it('keys a pair by the normalised email and the address', () => {
    expect(loginPairKey(' Maren@Example.com ', '203.0.113.7')).toBe('maren@example.com 203.0.113.7')
  })
})
