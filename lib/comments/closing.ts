const DAY_MS = 86_400_000

/**
 * Whether a post takes new comments. As WordPress's "close comments on posts older than N days":
 * 0 (or any non-positive or non-finite value) never closes, and a post closes once it is more than N
 * whole days old. An unpublished or scheduled post never takes comments.
 */
export function areCommentsOpen(post: { commentStatus: 'open' | 'closed'; publishedAt: number | null }, closeAfterDays: number, now: number): boolean {
  if (post.commentStatus !== 'open') return false
  if (post.publishedAt === null || post.publishedAt > now) return false
  if (!Number.isFinite(closeAfterDays) || closeAfterDays <= 0) return true
  return now - post.publishedAt <= closeAfterDays * DAY_MS
}
