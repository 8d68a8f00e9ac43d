import { describe, expect, it } from 'vitest'
import { readFillStamp, signFillStamp } from './fill-stamp'

const secret = 'a test secret of some length'

describe('fill-time stamps', () => {
  it('reads back the moment it signed', () => {
    expect(readFillStamp(signFillStamp(1767225600123, secret), secret)).toBe(1767225600123)
  })

  it('rejects a missing, bare, re-dated or foreign stamp', () => {
    const stamp = signFillStamp(1767225600123, secret)
    expect(readFillStamp(null, secret)).toBeNull()
    expect(readFillStamp('', secret)).toBeNull()
    expect(readFillStamp('1767225600123', secret)).toBeNull()
    expect(readFillStamp(stamp.replace('1767225600123', '1767225500123'), secret)).toBeNull()
    expect(readFillStamp(stamp, 'another secret')).toBeNull()
  })
})
