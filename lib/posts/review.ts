import { zonedLocalToUtc } from './zoned-time'

export type ReviewDate = { ok: true; lastReviewedAt: number | null } | { ok: false; message: string }

const dayMs = 24 * 60 * 60 * 1000

/**
 * The "last reviewed" date the author typed (a date field, YYYY-MM-DD in the site's time zone) as the
 * UTC moment stored: noon that day, so the date shows the same in the site's zone. Empty clears it;
 * a date that does not exist or lies in the future is refused.
 */
export function reviewDateFromInput(typed: string, timeZone: string, now: number): ReviewDate {
  if (typed === '') return { ok: true, lastReviewedAt: null }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typed)
  const at = match ? zonedLocalToUtc(`${typed}T12:00`, timeZone) : null
  const isRealDay = match !== null && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDate() === Number(match[3])
  if (at === null || !isRealDay) return { ok: false, message: 'Please enter a date like 2026-03-02, or leave this empty.' }
  if (at > now + dayMs) return { ok: false, message: 'The review date cannot be in the future.' }
  return { ok: true, lastReviewedAt: at }
}

/** The stored moment as the date field's value (YYYY-MM-DD in the site's time zone), or ''. */
export function reviewDateForInput(lastReviewedAt: number | null, timeZone: string): string {
  if (lastReviewedAt === null) return ''
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(lastReviewedAt))
}
