import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './password'

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse battery staple')
    expect(stored).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true)
    expect(await verifyPassword(stored, 'Correct horse battery staple')).toBe(false)
  })

  it('answers false, not an error, for unknown accounts and broken hashes', async () => {
    expect(await verifyPassword(null, 'anything')).toBe(false)
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false)
  })
})
