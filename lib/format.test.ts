import { describe, expect, it } from 'vitest'
import { canonicalTimeZone, formatCount, formatDate, formatDateTime, formatTimeAgo, isoDate, isValidTimeZone } from './format'

// 2020-01-29T02:22:00Z is 9:22 pm on January 28 in New York.
const EVENING_IN_NEW_YORK = Date.UTC(2020, 0, 29, 2, 22)

describe('formatDate', () => {
  it('writes the long US date in the given zone', () => {
    expect(formatDate(EVENING_IN_NEW_YORK, 'America/New_York')).toBe('January 28, 2020')
    expect(formatDate(EVENING_IN_NEW_YORK, 'UTC')).toBe('January 29, 2020')
    expect(formatDate(EVENING_IN_NEW_YORK, 'Asia/Tokyo')).toBe('January 29, 2020')
  })

  it('falls back to UTC for an unknown zone', () => {
    expect(formatDate(EVENING_IN_NEW_YORK, 'Mars/Olympus_Mons')).toBe('January 29, 2020')
  })

  it('throws on an invalid time, which is a bug upstream', () => {
    expect(() => formatDate(Number.NaN, 'UTC')).toThrow(RangeError)
  })
})

describe('formatDateTime', () => {
  it('writes WordPress-style date and time with lowercase am/pm', () => {
    expect(formatDateTime(EVENING_IN_NEW_YORK, 'America/New_York')).toBe('January 28, 2020 at 9:22 pm')
    expect(formatDateTime(Date.UTC(2020, 0, 28, 9, 5), 'UTC')).toBe('January 28, 2020 at 9:05 am')
  })

  it('writes midnight and noon as 12', () => {
    expect(formatDateTime(Date.UTC(2021, 6, 4, 0, 0), 'UTC')).toBe('July 4, 2021 at 12:00 am')
    expect(formatDateTime(Date.UTC(2021, 6, 4, 12, 30), 'UTC')).toBe('July 4, 2021 at 12:30 pm')
  })

  it('follows daylight saving time', () => {
    expect(formatDateTime(Date.UTC(2021, 6, 4, 16, 0), 'America/New_York')).toBe('July 4, 2021 at 12:00 pm')
    expect(formatDateTime(Date.UTC(2021, 0, 4, 16, 0), 'America/New_York')).toBe('January 4, 2021 at 11:00 am')
  })
})

describe('isoDate', () => {
  it('is UTC ISO 8601 without milliseconds', () => {
    expect(isoDate(EVENING_IN_NEW_YORK)).toBe('2020-01-29T02:22:00Z')
    expect(isoDate(Date.UTC(2020, 0, 29, 2, 22, 5, 999))).toBe('2020-01-29T02:22:05Z')
  })
})

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects others', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Nowhere/Special')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })
})

describe('formatCount', () => {
  it.each([
    [0, '0 Comments'],
    [1, '1 Comment'],
    [2, '2 Comments'],
    [1234, '1,234 Comments'],
  ])('%s → %s', (n, expected) => {
    expect(formatCount(n, 'Comment', 'Comments')).toBe(expected)
  })
})

describe('canonicalTimeZone', () => {
  it('names real zones the canonical way and refuses the rest', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York')
    expect(canonicalTimeZone('UTC')).toBe('UTC')
    expect(canonicalTimeZone('Nowhere/Special')).toBeNull()
    expect(canonicalTimeZone('-05:00')).toBeNull()
    expect(canonicalTimeZone('')).toBeNull()
  })
})

describe('formatTimeAgo', () => {
  const now = Date.UTC(2026, 11, 2, 12, 0, 0)
  it('says how long ago in whole units, singular for one', () => {
    expect(formatTimeAgo(now - 20_000, now, 'UTC')).toBe('just now')
    expect(formatTimeAgo(now + 5_000, now, 'UTC')).toBe('just now')
    expect(formatTimeAgo(now - 60_000, now, 'UTC')).toBe('1 minute ago')
    expect(formatTimeAgo(now - 59 * 60_000, now, 'UTC')).toBe('59 minutes ago')
    expect(formatTimeAgo(now - 3 * 3_600_000, now, 'UTC')).toBe('3 hours ago')
    expect(formatTimeAgo(now - 24 * 3_600_000, now, 'UTC')).toBe('1 day ago')
    expect(formatTimeAgo(now - 30 * 86_400_000, now, 'UTC')).toBe('30 days ago')
  })
  it('gives the date for anything older than a month', () => {
    expect(formatTimeAgo(Date.UTC(2026, 0, 28, 12), now, 'UTC')).toBe('January 28, 2026')
  })
})
