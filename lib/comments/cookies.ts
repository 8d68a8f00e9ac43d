// The two comment cookies. Both make a reader's pages per-reader (the front cache and the cached route
// step aside for them; see next.config.ts), so they are set only when a reader asks for it.

// "Save my name, email, and website": read back to prefill the form. Not httpOnly, like WordPress's
// comment_author cookies; it holds only what the reader typed about themselves.
export const commenterCookie = 'sp_commenter'
// A random key naming this browser's own comments (one waiting for moderation is shown to it, and for
// 24 hours each carries its private edit link); only its hash is stored.
export const pendingCookie = 'sp_pending'

export type Commenter = { author: string; email: string; url: string }

export function serializeCommenter(commenter: Commenter): string {
  return encodeURIComponent(JSON.stringify({ author: commenter.author, email: commenter.email, url: commenter.url }))
}

export function parseCommenter(raw: string | undefined): Commenter | null {
  if (!raw) return null
  try {
    const value: unknown = JSON.parse(decodeURIComponent(raw))
    if (typeof value !== 'object' || value === null) return null
    const { author, email, url } = value as Record<string, unknown>
    if (typeof author !== 'string' || typeof email !== 'string' || typeof url !== 'string') return null
    return { author: author.slice(0, 245), email: email.slice(0, 100), url: url.slice(0, 200) }
  } catch {
    return null
  }
}
