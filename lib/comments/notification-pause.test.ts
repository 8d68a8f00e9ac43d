import { describe, expect, it } from 'vitest'
import { isReplyNotificationPaused, pauseUntil, replyNotificationPauseMs } from './notification-pause'

describe('pausing reply notifications', () => {
  const pausedAt = Date.UTC(2026, 5, 1, 12)

  it('lasts two weeks', () => {
    expect(replyNotificationPauseMs).toBe(14 * 24 * 60 * 60 * 1000)
    const until = pauseUntil(pausedAt)
    expect(isReplyNotificationPaused(until, pausedAt)).toBe(true)
    expect(isReplyNotificationPaused(until, pausedAt + 13 * 24 * 60 * 60 * 1000)).toBe(true)
    expect(isReplyNotificationPaused(until, until - 1)).toBe(true)
  })

  it('ends by itself: notifications come again afterwards', () => {
    const until = pauseUntil(pausedAt)
    expect(isReplyNotificationPaused(until, until)).toBe(false)
    expect(isReplyNotificationPaused(until, pausedAt + 15 * 24 * 60 * 60 * 1000)).toBe(false)
  })

  it('is off when never asked for', () => {
    expect(isReplyNotificationPaused(null, pausedAt)).toBe(false)
  })
})
