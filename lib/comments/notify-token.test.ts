import { describe, expect, it } from 'vitest'
import { signNotifyToken, verifyNotifyToken } from './notify-token'

const secret = 'test-secret-0123456789abcdef'

describe('notify tokens', () => {
  it('round-trips the lowercased, trimmed email', () => {
    const token = signNotifyToken('  Ada.Lovelace@Example.COM ', secret)
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
    expect(verifyNotifyToken(token, secret)).toBe('ada.lovelace@example.com')
  })

  it('is the same token for the same email whatever its case', () => {
    expect(signNotifyToken('ADA@example.com', secret)).toBe(signNotifyToken('ada@example.com', secret))
  })

  it('refuses a token signed with another secret', () => {
    const token = signNotifyToken('ada@example.com', 'another-secret')
    expect(verifyNotifyToken(token, secret)).toBeNull()
    expect(verifyNotifyToken(signNotifyToken('ada@example.com', secret), '')).toBeNull()
  })

  it('refuses a token whose email was swapped', () => {
    const [, signature] = signNotifyToken('ada@example.com', secret).split('.')
    const forged = `${Buffer.from('someone.else@example.com').toString('base64url')}.${signature}`
    expect(verifyNotifyToken(forged, secret)).toBeNull()
  })

  it('refuses a token with any character of its signature changed', () => {
    const token = signNotifyToken('ada@example.com', secret)
    const dot = token.indexOf('.')
    for (let index = dot + 1; index < token.length; index++) {
      const flipped = token[index] === 'A' ? 'B' : 'A'
      expect(verifyNotifyToken(token.slice(0, index) + flipped + token.slice(index + 1), secret)).toBeNull()
    }
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (const last of alphabet) {
      if (last !== token.at(-1)) expect(verifyNotifyToken(token.slice(0, -1) + last, secret)).toBeNull()
    }
    expect(verifyNotifyToken(token.slice(0, -1), secret)).toBeNull()
    expect(verifyNotifyToken(`${token}A`, secret)).toBeNull()
  })

  it('refuses a non-canonical email even with a valid-looking shape', () => {
    const upper = Buffer.from('ADA@example.com').toString('base64url')
    const [, signature] = signNotifyToken('ada@example.com', secret).split('.')
    expect(verifyNotifyToken(`${upper}.${signature}`, secret)).toBeNull()
  })

  it('answers null for garbage rather than throwing', () => {
    for (const garbage of ['', '.', 'abc', 'a.b.c', '!!!.???', '%00.%00', 'é.é', ' . ', 'x'.repeat(5000), '....']) {
      expect(verifyNotifyToken(garbage, secret)).toBeNull()
    }
    expect(verifyNotifyToken(undefined as unknown as string, secret)).toBeNull()
  })

  it('refuses to sign without a secret or an email', () => {
    expect(() => signNotifyToken('ada@example.com', '')).toThrow()
    expect(() => signNotifyToken('   ', secret)).toThrow()
  })
})
