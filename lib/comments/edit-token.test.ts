import { describe, expect, it } from 'vitest'
import { commentEditWindowMs, editExpiresAt, signEditToken, verifyEditToken } from './edit-token'

const secret = 'a-test-secret-that-is-long-enough-for-hmac'
const postedAt = Date.UTC(2026, 2, 1, 9, 0, 0)
const expiresAt = editExpiresAt(postedAt)

describe('edit tokens', () => {
  it('open the comment they were made for within 24 hours of posting', () => {
    const token = signEditToken(42, expiresAt, secret)
    expect(verifyEditToken(token, secret, postedAt)).toEqual({ kind: 'valid', commentId: 42, expiresAt })
    expect(verifyEditToken(token, secret, postedAt + commentEditWindowMs - 1)).toEqual({ kind: 'valid', commentId: 42, expiresAt })
  })

  it('refuse once 24 hours have passed (the clock moved on)', () => {
    const token = signEditToken(42, expiresAt, secret)
    expect(verifyEditToken(token, secret, postedAt + commentEditWindowMs)).toEqual({ kind: 'expired', commentId: 42 })
    expect(verifyEditToken(token, secret, postedAt + 3 * commentEditWindowMs)).toEqual({ kind: 'expired', commentId: 42 })
  })

  it('cannot be moved to another comment or given a later expiry', () => {
    const token = signEditToken(42, expiresAt, secret)
    const [, expiry, mac] = token.split('.')
    expect(verifyEditToken(`c43.${expiry}.${mac}`, secret, postedAt)).toEqual({ kind: 'invalid' })
    expect(verifyEditToken(`c42.${(expiresAt + commentEditWindowMs).toString(36)}.${mac}`, secret, postedAt + commentEditWindowMs)).toEqual({ kind: 'invalid' })
  })

  it('refuse tampered, foreign and malformed tokens', () => {
    const token = signEditToken(42, expiresAt, secret)
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    expect(verifyEditToken(flipped, secret, postedAt)).toEqual({ kind: 'invalid' })
    expect(verifyEditToken(token, 'another-secret-that-is-long-enough-too', postedAt)).toEqual({ kind: 'invalid' })
    expect(verifyEditToken(token, '', postedAt)).toEqual({ kind: 'invalid' })
    for (const bad of [
      '',
      'c42',
      'c042.abc.x',
      `c0.${expiresAt.toString(36)}.${token.split('.')[2]}`,
      token + '.',
      token.toUpperCase(),
      42,
      null,
      'x'.repeat(500),
    ]) {
      expect(verifyEditToken(bad, secret, postedAt)).toEqual({ kind: 'invalid' })
    }
  })

  it('is single-purpose: a stop-notifications style token for the same data does not verify', async () => {
    const { createHmac } = await import('node:crypto')
    const otherPurpose = createHmac('sha256', secret).update(`spoonpress:stop-reply-notifications:42.${expiresAt}`).digest('base64url')
    expect(verifyEditToken(`c42.${expiresAt.toString(36)}.${otherPurpose}`, secret, postedAt)).toEqual({ kind: 'invalid' })
  })

  it('refuses to sign nonsense', () => {
    expect(() => signEditToken(0, expiresAt, secret)).toThrow()
    expect(() => signEditToken(42, expiresAt, '')).toThrow()
  })
})
