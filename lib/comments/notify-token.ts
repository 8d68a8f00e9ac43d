import { createHmac, timingSafeEqual } from 'node:crypto'

// The one-click "stop reply notifications" link carries the commenter's email, signed, so the link
// works without a login or a stored token. It never expires: all it can do is turn emails off.
// Format: base64url(email) "." base64url(HMAC-SHA256(secret, purpose + email)).

const PURPOSE = 'spoonpress:stop-reply-notifications:'

function normalise(email: string): string {
  return email.trim().toLowerCase()
}

function mac(email: string, secret: string): Buffer {
  return createHmac('sha256', secret)
    .update(PURPOSE + email)
    .digest()
}

export function signNotifyToken(email: string, secret: string): string {
  if (!secret) throw new Error('signNotifyToken needs a secret')
  const normalised = normalise(email)
  if (!normalised) throw new Error('signNotifyToken needs an email')
  return `${Buffer.from(normalised, 'utf8').toString('base64url')}.${mac(normalised, secret).toString('base64url')}`
}

/** The lowercased email the token was signed for, or null for anything forged, altered or malformed. */
export function verifyNotifyToken(token: string, secret: string): string | null {
  if (!secret || typeof token !== 'string' || token.length > 2000) return null
  const parts = token.split('.')
  if (parts.length !== 2) return null
  const [encodedEmail = '', encodedMac = ''] = parts
  if (!/^[A-Za-z0-9_-]+$/.test(encodedEmail) || !/^[A-Za-z0-9_-]+$/.test(encodedMac)) return null
  const email = Buffer.from(encodedEmail, 'base64url').toString('utf8')
  // Only the canonical encoding of a normalised email is accepted, so one email has one valid token.
  if (!email || email !== normalise(email) || Buffer.from(email, 'utf8').toString('base64url') !== encodedEmail) return null
  // Compared as encoded text: decoding would ignore the spare low bits of the last character.
  const expected = Buffer.from(mac(email, secret).toString('base64url'), 'utf8')
  const given = Buffer.from(encodedMac, 'utf8')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return email
}
