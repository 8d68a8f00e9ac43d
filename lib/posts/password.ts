import { createHmac, timingSafeEqual } from 'node:crypto'

// WordPress post passwords. A reader who enters the right one gets a signed cookie naming the posts
// they unlocked; the proof is bound to the current password, so changing it locks everyone out again.
// The cookie sends their requests to the per-reader route, so the body never enters the shared cache.
// docs/decisions/0017-wordpress-import.md.

export const postPasswordCookie = 'sp_postpass'
// WordPress keeps the post-password cookie for ten days.
export const postPasswordMaxAgeSeconds = 10 * 24 * 60 * 60
const MAX_UNLOCKED = 20

export function passwordProof(postId: number, password: string, secret: string): string {
  return createHmac('sha256', secret).update(`post-password:${postId}:${password}`).digest('base64url').slice(0, 32)
}

function entries(cookieValue: string | null | undefined): Map<number, string> {
  const found = new Map<number, string>()
  for (const part of (cookieValue ?? '').split('.')) {
    const match = /^(\d{1,12})-([A-Za-z0-9_-]{32})$/.exec(part)
    if (match) found.set(Number(match[1]), match[2] ?? '')
  }
  return found
}

/** The cookie value after unlocking one more post (the oldest fall off past twenty). */
export function withUnlockedPost(cookieValue: string | null | undefined, postId: number, proof: string): string {
  const unlocked = entries(cookieValue)
  unlocked.delete(postId)
  unlocked.set(postId, proof)
  return [...unlocked]
    .slice(-MAX_UNLOCKED)
    .map(([id, value]) => `${id}-${value}`)
    .join('.')
}

export function isPostUnlocked(cookieValue: string | null | undefined, postId: number, password: string, secret: string): boolean {
  if (!password) return true
  const given = entries(cookieValue).get(postId)
  if (!given) return false
  const expected = Buffer.from(passwordProof(postId, password, secret))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

export function isRightPassword(given: string, password: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(password)
  return password !== '' && a.length === b.length && timingSafeEqual(a, b)
}
