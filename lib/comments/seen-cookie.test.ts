import { describe, expect, it } from 'vitest'
import { parseSeenCookie, recordSeenVisit, seenPostsKept } from './seen-cookie'

describe('the last-visit cookie', () => {
  it('round-trips visits to the second, most recent first', () => {
    const first = recordSeenVisit(new Map(), 12, Date.UTC(2026, 0, 2, 3, 4, 5, 678))
    const second = recordSeenVisit(parseSeenCookie(first), 7, Date.UTC(2026, 1, 1))
    const visits = parseSeenCookie(second)
    expect([...visits]).toEqual([
      [7, Date.UTC(2026, 1, 1)],
      [12, Date.UTC(2026, 0, 2, 3, 4, 5)],
    ])
    expect(second).toMatch(/^[0-9a-z.-]+$/)
  })

  it('moves a post seen again to the front instead of keeping it twice', () => {
    const value = recordSeenVisit(parseSeenCookie(recordSeenVisit(parseSeenCookie(recordSeenVisit(new Map(), 1, 1_000_000)), 2, 2_000_000)), 1, 3_000_000)
    expect([...parseSeenCookie(value)]).toEqual([
      [1, 3_000_000],
      [2, 2_000_000],
    ])
  })

  it(`keeps only the ${seenPostsKept} most recent posts`, () => {
    let value = ''
    for (let id = 1; id <= seenPostsKept + 5; id++) value = recordSeenVisit(parseSeenCookie(value), id, id * 1_000_000)
    const visits = parseSeenCookie(value)
    expect(visits.size).toBe(seenPostsKept)
    expect(visits.has(seenPostsKept + 5)).toBe(true)
    expect(visits.has(5)).toBe(false)
    expect(value.length).toBeLessThan(1000)
  })

  it('ignores anything that is not a well-formed pair', () => {
    expect([...parseSeenCookie('zz-<script>.abc.-1-2.0-5.5-0.3-k')]).toEqual([[3, 20_000]])
    expect(parseSeenCookie(undefined).size).toBe(0)
  })
})
