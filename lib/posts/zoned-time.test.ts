import { describe, expect, it } from 'vitest'
import { utcToZonedLocal, zonedLocalToUtc } from './zoned-time'

describe('zoned time', () => {
  it('converts a local New York time to UTC, in winter and in summer', () => {
    expect(new Date(zonedLocalToUtc('2026-01-15T09:30', 'America/New_York') ?? 0).toISOString()).toBe('2026-01-15T14:30:00.000Z')
    expect(new Date(zonedLocalToUtc('2026-07-15T09:30', 'America/New_York') ?? 0).toISOString()).toBe('2026-07-15T13:30:00.000Z')
    expect(new Date(zonedLocalToUtc('2026-07-15T09:30', 'UTC') ?? 0).toISOString()).toBe('2026-07-15T09:30:00.000Z')
  })

  it('round-trips and refuses nonsense', () => {
    const utc = Date.UTC(2026, 10, 27, 4, 45)
    expect(zonedLocalToUtc(utcToZonedLocal(utc, 'Europe/Berlin'), 'Europe/Berlin')).toBe(utc)
    expect(zonedLocalToUtc('yesterday', 'UTC')).toBeNull()
    expect(zonedLocalToUtc('2026-13-01T10:00', 'UTC')).toBeNull()
  })
})
