import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// Confirmation links carry a random single-use token; only its hash is stored, with an expiry.
export const confirmTokenLifetimeMs = 1000 * 60 * 60 * 48

export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

// Unsubscribe links must work from any old email, forever, without storing a secret per address:
// "<subscriber id>.<HMAC of the id>", checked by recomputing. The secret comes from the caller.
export function unsubscribeToken(subscriberId: number, secret: string): string {
  const mac = createHmac('sha256', secret).update(`unsubscribe:${subscriberId}`).digest('base64url')
  return `${subscriberId}.${mac}`
}

export function verifyUnsubscribeToken(token: string, secret: string): number | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const id = Number(match[1])
  const expected = Buffer.from(unsubscribeToken(id, secret))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}
