// "New since your last visit" (docs/decisions/0020-gentle-comment-tools.md): when this browser last
// showed each post's comments, kept in one first-party cookie that a script in the browser reads and
// writes. The front cache ignores it (lib/http/page-cache.ts), so the page stays one shared page; the
// server never reads its value. Pure, so the browser script and the tests share one format.

export const seenCookie = 'sp_seen'
// The most recently read posts kept; older ones drop out, so the cookie stays small (~16 bytes each).
export const seenPostsKept = 40

export type SeenVisits = Map<number, number> // post id -> milliseconds since the epoch

// Value: `id-seconds` pairs in base 36, most recent first, joined by dots (cookie-safe characters only).
export function parseSeenCookie(value: string | undefined): SeenVisits {
  const visits: SeenVisits = new Map()
  for (const pair of (value ?? '').split('.')) {
    const [, id, at] = /^([0-9a-z]{1,8})-([0-9a-z]{1,8})$/.exec(pair) ?? []
    if (id === undefined || at === undefined) continue
    const postId = parseInt(id, 36)
    const seconds = parseInt(at, 36)
    if (postId > 0 && seconds > 0 && !visits.has(postId)) visits.set(postId, seconds * 1000)
  }
  return visits
}

// The visits with this post seen at `now`, first, and at most `seenPostsKept` posts.
export function recordSeenVisit(visits: SeenVisits, postId: number, now: number): string {
  const pairs = [[postId, now] as const, ...[...visits].filter(([id]) => id !== postId)].slice(0, seenPostsKept)
  return pairs.map(([id, at]) => `${id.toString(36)}-${Math.floor(at / 1000).toString(36)}`).join('.')
}
