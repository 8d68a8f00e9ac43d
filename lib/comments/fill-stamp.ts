import { createHmac, timingSafeEqual } from 'node:crypto'

// The comment form's fill-time stamp: when the form was rendered (or first focused, with JavaScript),
// signed by the server so a bot cannot send "I started a minute ago". Format: "<ms>.<hmac>".

function mac(ms: number, secret: string): string {
  return createHmac('sha256', secret).update(`comment-fill-stamp:${ms}`).digest('base64url')
}

export function signFillStamp(ms: number, secret: string): string {
  return `${ms}.${mac(ms, secret)}`
}

/** The signed moment, or null for a missing, malformed or forged stamp. */
export function readFillStamp(stamp: string | null, secret: string): number | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(stamp ?? '')
  if (!match?.[1] || !match[2]) return null
  const ms = Number(match[1])
  const expected = Buffer.from(mac(ms, secret))
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given) ? ms : null
}
