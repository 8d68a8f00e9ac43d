import { createHmac, timingSafeEqual } from 'node:crypto'

// The guest's private "edit or delete your comment" link (docs/decisions/0020-gentle-comment-tools.md).
// A signed, single-purpose token bound to one comment id and its expiry, so nothing is stored and a
// link for one comment can never open another. Format: "c" id "." expiresAt (base36 ms) "." mac, where
// mac = base64url(HMAC-SHA256(secret, purpose + id + "." + expiresAt)). "now" is passed in so the 24-hour
// rule is tested with a moved clock.

const PURPOSE = 'spoonpress:edit-comment:'

/** How long after posting a guest may still change or delete their comment. */
export const commentEditWindowMs = 24 * 60 * 60 * 1000

export type EditTokenCheck = { kind: 'valid'; commentId: number; expiresAt: number } | { kind: 'expired'; commentId: number } | { kind: 'invalid' }

function mac(commentId: number, expiresAt: number, secret: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}${commentId}.${expiresAt}`).digest('base64url')
}

/** When the edit link of a comment posted at `createdAt` stops working. */
export function editExpiresAt(createdAt: number): number {
  return createdAt + commentEditWindowMs
}

export function signEditToken(commentId: number, expiresAt: number, secret: string): string {
  if (!secret) throw new Error('signEditToken needs a secret')
  if (!Number.isSafeInteger(commentId) || commentId < 1 || !Number.isSafeInteger(expiresAt) || expiresAt < 0) {
    throw new Error('signEditToken needs a comment id and an expiry')
  }
  return `c${commentId}.${expiresAt.toString(36)}.${mac(commentId, expiresAt, secret)}`
}

/** Valid (and for which comment), expired (signed by us, but too late), or invalid (forged, altered, malformed). */
export function verifyEditToken(token: unknown, secret: string, now: number): EditTokenCheck {
  if (!secret || typeof token !== 'string' || token.length > 200) return { kind: 'invalid' }
  const match = /^c([1-9]\d{0,15})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { kind: 'invalid' }
  const [, idText = '', expiresText = '', given = ''] = match
  const commentId = Number(idText)
  const expiresAt = parseInt(expiresText, 36)
  if (!Number.isSafeInteger(commentId) || !Number.isSafeInteger(expiresAt)) return { kind: 'invalid' }
  // Only the canonical spelling is accepted, so one comment has one link.
  if (String(commentId) !== idText || expiresAt.toString(36) !== expiresText) return { kind: 'invalid' }
  const expected = Buffer.from(mac(commentId, expiresAt, secret), 'utf8')
  const received = Buffer.from(given, 'utf8')
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) return { kind: 'invalid' }
  if (now >= expiresAt) return { kind: 'expired', commentId }
  return { kind: 'valid', commentId, expiresAt }
}
