import { describe, expect, it } from 'vitest'
import { reviewDateForInput, reviewDateFromInput } from './review'

const now = Date.UTC(2026, 11, 2, 8, 0)

describe('the last-reviewed date', () => {
  it('stores noon of the typed day in the site time zone, and shows the same day back', () => {
    const result = reviewDateFromInput('2026-03-02', 'Pacific/Auckland', now)
    expect(result).toEqual({ ok: true, lastReviewedAt: Date.UTC(2026, 2, 1, 23, 0) })
    if (result.ok) expect(reviewDateForInput(result.lastReviewedAt, 'Pacific/Auckland')).toBe('2026-03-02')
    expect(reviewDateForInput(null, 'UTC')).toBe('')
  })

  it('clears on empty and refuses impossible or future days', () => {
    expect(reviewDateFromInput('', 'UTC', now)).toEqual({ ok: true, lastReviewedAt: null })
    expect(reviewDateFromInput('2026-02-30', 'UTC', now).ok).toBe(false)
    expect(reviewDateFromInput('yesterday', 'UTC', now).ok).toBe(false)
    expect(reviewDateFromInput('2026-12-09', 'UTC', now)).toEqual({ ok: false, message: 'The review date cannot be in the future.' })
  })
})
