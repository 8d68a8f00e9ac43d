import { describe, expect, it } from 'vitest'
import { removeCookieLine, setCookieLine } from './set-cookie'

describe('Set-Cookie lines of the front server', () => {
  it('encodes the value and carries the same attributes as a cookie Next sets', () => {
    expect(setCookieLine({ name: 'sp_commenter', value: '%7B"a"%3A1%7D', maxAgeSeconds: 60, httpOnly: false, secure: true })).toBe(
      'sp_commenter=%257B%22a%22%253A1%257D; Path=/; Max-Age=60; Secure; SameSite=lax',
    )
    expect(setCookieLine({ name: 'sp_pending', value: 'abc_-1', maxAgeSeconds: 5, httpOnly: true, secure: false })).toBe(
      'sp_pending=abc_-1; Path=/; Max-Age=5; HttpOnly; SameSite=lax',
    )
  })

  it('removes a cookie as Next does, by an expiry in the past', () => {
    expect(removeCookieLine('sp_commenter')).toBe('sp_commenter=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT')
  })
})
