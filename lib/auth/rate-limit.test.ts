import { describe, expect, it } from 'vitest'
import { isLoginThrottled, loginLimits } from './rate-limit'

describe('isLoginThrottled', () => {
  it('throttles at the account limit or the address limit', () => {
    expect(isLoginThrottled({ account: loginLimits.perAccount - 1, address: 0 })).toBe(false)
    expect(isLoginThrottled({ account: loginLimits.perAccount, address: 0 })).toBe(true)
    expect(isLoginThrottled({ account: 0, address: loginLimits.perAddress })).toBe(true)
  })
})
