import { describe, expect, it } from 'vitest'
import { hashToken, newConfirmToken, unsubscribeToken, verifyUnsubscribeToken } from './tokens'

describe('newsletter tokens', () => {
  it('makes unguessable confirmation tokens and stores only a hash', () => {
    const first = newConfirmToken()
    const second = newConfirmToken()
    expect(first.token).not.toBe(second.token)
    expect(first.hash).toBe(hashToken(first.token))
    expect(first.hash).not.toContain(first.token)
  })

  it('verifies unsubscribe tokens and refuses tampering', () => {
    const token = unsubscribeToken(42, 'secret')
    expect(verifyUnsubscribeToken(token, 'secret')).toBe(42)
    expect(verifyUnsubscribeToken(token, 'other secret')).toBeNull()
    expect(verifyUnsubscribeToken(token.replace(/^42/, '43'), 'secret')).toBeNull()
    expect(verifyUnsubscribeToken('garbage', 'secret')).toBeNull()
    expect(verifyUnsubscribeToken(`${token}x`, 'secret')).toBeNull()
  })
})
