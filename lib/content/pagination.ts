// Archive URLs end in /page/N for N ≥ 2 (WordPress style). Returns the remaining segments and the page
// number, or null when the tail is malformed (/page/1, /page/0, /page/x), which the caller turns into 404.
export function splitPagination(segments: readonly string[]): { segments: string[]; page: number } | null {
  const length = segments.length
  if (length >= 2 && segments[length - 2] === 'page') {
    const page = parsePageNumber(segments[length - 1] ?? '')
    return page !== null && page >= 2 ? { segments: segments.slice(0, -2), page } : null
  }
  return { segments: [...segments], page: 1 }
}

export function parsePageNumber(raw: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null
  return Number(raw)
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

export const postsPerPage = 10

// WordPress's comment pages: /{slug}/comment-page-N. Anything else is left whole (page 1).
export function splitCommentPage(segments: readonly string[]): { segments: string[]; commentPage: number } {
  const last = segments[segments.length - 1] ?? ''
  const match = /^comment-page-([1-9][0-9]{0,4})$/.exec(last)
  return match && segments.length === 2 ? { segments: segments.slice(0, -1), commentPage: Number(match[1]) } : { segments: [...segments], commentPage: 1 }
}
