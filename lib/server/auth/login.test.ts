import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { insertAuthor } = await import('@/db/queries/authors')
const { hashPassword } = await import('@/lib/auth/password')
const { db } = await import('@/db/client')
const { rateLimitHits } = await import('@/db/schema')
const { authorizeCredentials } = await import('./login')
const { loginLimits } = await import('@/lib/auth/rate-limit')

const email = 'maren@example.com'
const password = 'the right long password'
const secondEmail = 'ines@example.com'

beforeAll(async () => {
  await insertAuthor({ email, name: 'Maren', slug: 'maren', passwordHash: await hashPassword(password) })
  await insertAuthor({ email: secondEmail, name: 'Ines', slug: 'ines', passwordHash: await hashPassword(password) })
})

describe('authorizeCredentials', () => {
  it('counts every one of 30 parallel wrong guesses, refuses that address, and still lets the author in from a clean one', async () => {
    const attacker = '203.0.113.7'
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, index) => authorizeCredentials(email, `wrong guess ${index}`, attacker)))
    // Only as many passwords are checked as the per-account-and-address limit allows; the rest are refused unchecked.
    expect(outcomes.filter((outcome) => outcome.status === 'wrong').length).toBeLessThanOrEqual(5)
    expect(outcomes.filter((outcome) => outcome.status === 'throttled').length).toBeGreaterThanOrEqual(25)
    const recorded = await db.select().from(rateLimitHits)
    expect(recorded.filter((hit) => hit.key.includes(attacker) && hit.bucket === 'login-pair')).toHaveLength(30)
    expect((await authorizeCredentials(email, password, attacker)).status).toBe('throttled')
    const fromHome = await authorizeCredentials(email, password, '198.51.100.20')
    expect(fromHome.status).toBe('signed-in')
  })
  it('brakes an account under a spread-out attack for new addresses, never for one the author signed in from', async () => {
    // The author signs in from home before the attack.
    expect((await authorizeCredentials(secondEmail, password, '198.51.100.20')).status).toBe('signed-in')
    const attackers = Array.from({ length: loginLimits.perAccountBeforeBrake }, (_, index) => `192.0.2.${index + 1}`)
    for (const attacker of attackers) expect((await authorizeCredentials(secondEmail, 'spread guess', attacker)).status).toBe('wrong')
    // Within the brake interval an address the author never used is refused unchecked...
    expect((await authorizeCredentials(secondEmail, password, '192.0.2.201')).status).toBe('throttled')
    // ...but the address the author signed in from above still works.
    expect((await authorizeCredentials(secondEmail, password, '198.51.100.20')).status).toBe('signed-in')
  })
})
