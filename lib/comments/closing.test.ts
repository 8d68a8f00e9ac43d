import { describe, expect, it } from 'vitest'
import { areCommentsOpen } from './closing'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 0, 31, 12)

function post(daysOld: number | null, commentStatus: 'open' | 'closed' = 'open') {
  return { commentStatus, publishedAt: daysOld === null ? null : NOW - daysOld * DAY }
}

describe('areCommentsOpen', () => {
  it('is open for a published open post when closing is off (0)', () => {
    expect(areCommentsOpen(post(0), 0, NOW)).toBe(true)
    expect(areCommentsOpen(post(10_000), 0, NOW)).toBe(true)
  })

  it('is closed whenever the post is closed, whatever its age', () => {
    expect(areCommentsOpen(post(0, 'closed'), 0, NOW)).toBe(false)
    expect(areCommentsOpen(post(1, 'closed'), 14, NOW)).toBe(false)
  })

  it('stays open up to exactly N days and closes after', () => {
    expect(areCommentsOpen(post(13), 14, NOW)).toBe(true)
    expect(areCommentsOpen(post(14), 14, NOW)).toBe(true)
    expect(areCommentsOpen({ commentStatus: 'open', publishedAt: NOW - 14 * DAY - 1 }, 14, NOW)).toBe(false)
    expect(areCommentsOpen(post(15), 14, NOW)).toBe(false)
  })

  it('counts days of 24 hours from the publishing moment', () => {
    const publishedAt = Date.UTC(2026, 0, 30, 23, 59)
    expect(areCommentsOpen({ commentStatus: 'open', publishedAt }, 1, Date.UTC(2026, 0, 31, 23, 59))).toBe(true)
    expect(areCommentsOpen({ commentStatus: 'open', publishedAt }, 1, Date.UTC(2026, 0, 31, 23, 59, 1))).toBe(false)
  })

  it('is closed for an unpublished post', () => {
    expect(areCommentsOpen(post(null), 0, NOW)).toBe(false)
    expect(areCommentsOpen(post(null), 14, NOW)).toBe(false)
  })

  it('is closed for a post scheduled in the future, and open from its publishing moment', () => {
    expect(areCommentsOpen({ commentStatus: 'open', publishedAt: NOW + 1 }, 0, NOW)).toBe(false)
    expect(areCommentsOpen({ commentStatus: 'open', publishedAt: NOW }, 14, NOW)).toBe(true)
  })

  it('never closes for a negative or non-finite setting', () => {
    expect(areCommentsOpen(post(400), -1, NOW)).toBe(true)
    expect(areCommentsOpen(post(400), Number.NaN, NOW)).toBe(true)
    expect(areCommentsOpen(post(400), Number.POSITIVE_INFINITY, NOW)).toBe(true)
  })
})
