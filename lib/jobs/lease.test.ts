import { describe, expect, it } from 'vitest'
import { decideLease } from './lease'

describe('decideLease', () => {
  it('takes a job nobody holds', () => {
    expect(decideLease(null, 'host-a/12', 1_000, 15_000)).toEqual({ kind: 'take', expiresAt: 16_000 })
  })

  it('lets the holder renew before and after its lease ran out', () => {
    expect(decideLease({ holder: 'host-a/12', expiresAt: 16_000 }, 'host-a/12', 10_000, 15_000)).toEqual({ kind: 'renew', expiresAt: 25_000 })
    expect(decideLease({ holder: 'host-a/12', expiresAt: 16_000 }, 'host-a/12', 20_000, 15_000)).toEqual({ kind: 'renew', expiresAt: 35_000 })
  })

  it('makes everyone else wait until the lease expires, then lets them take it over', () => {
    const held = { holder: 'host-a/12', expiresAt: 16_000 }
    expect(decideLease(held, 'host-b/40', 15_999, 15_000)).toEqual({ kind: 'wait', holder: 'host-a/12', until: 16_000 })
    expect(decideLease(held, 'host-b/40', 16_000, 15_000)).toEqual({ kind: 'take', expiresAt: 31_000 })
  })

  it('refuses a lease of no length', () => {
    expect(() => decideLease(null, 'a', 0, 0)).toThrow(/leaseMs/)
  })
})
