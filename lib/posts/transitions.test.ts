import { describe, expect, it } from 'vitest'
import { nextTiming } from './transitions'

const now = Date.UTC(2026, 10, 27, 12)
const input = { title: 'A title', scheduledAt: null, now }

describe('nextTiming', () => {
  it('saves drafts without a publication date and publishes with one', () => {
    expect(nextTiming(null, 'draft', input)).toEqual({ ok: true, timing: { status: 'draft', publishedAt: null, updatedAt: null } })
    expect(nextTiming(null, 'publish', input)).toEqual({ ok: true, timing: { status: 'published', publishedAt: now, updatedAt: null } })
  })

  it('keeps the first publication date and sets Last Updated on update', () => {
    const published = { status: 'published' as const, publishedAt: now - 1000, updatedAt: null }
    expect(nextTiming(published, 'update', input)).toEqual({ ok: true, timing: { status: 'published', publishedAt: now - 1000, updatedAt: now } })
    expect(nextTiming(published, 'publish', input)).toMatchObject({ ok: true, timing: { publishedAt: now - 1000 } })
    expect(nextTiming(published, 'draft', input)).toMatchObject({ ok: false, field: 'intent' })
    expect(nextTiming(published, 'unpublish', input)).toMatchObject({ ok: true, timing: { status: 'draft' } })
  })

  it('schedules only in the future and only unpublished posts', () => {
    expect(nextTiming(null, 'schedule', input)).toMatchObject({ ok: false, field: 'scheduledAt' })
    expect(nextTiming(null, 'schedule', { ...input, scheduledAt: now - 1 })).toMatchObject({ ok: false, field: 'scheduledAt' })
    expect(nextTiming(null, 'schedule', { ...input, scheduledAt: now + 60_000 })).toEqual({
      ok: true,
      timing: { status: 'scheduled', publishedAt: now + 60_000, updatedAt: null },
    })
    const scheduled = { status: 'scheduled' as const, publishedAt: now + 60_000, updatedAt: null }
    expect(nextTiming(scheduled, 'draft', input)).toEqual({ ok: true, timing: { status: 'draft', publishedAt: null, updatedAt: null } })
  })

  it('will not publish, schedule or update without a title', () => {
    for (const intent of ['publish', 'schedule', 'update'] as const) {
      expect(nextTiming(null, intent, { ...input, title: '  ', scheduledAt: now + 60_000 })).toMatchObject({ ok: false, field: 'title' })
    }
    expect(nextTiming(null, 'draft', { ...input, title: '' })).toMatchObject({ ok: true })
  })

  it('only updates what is published', () => {
    expect(nextTiming(null, 'update', input)).toMatchObject({ ok: false, field: 'intent' })
  })
})
