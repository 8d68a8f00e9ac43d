import { describe, expect, it } from 'vitest'
import { rateLimitRetentionMs, retentionCutoffs } from './retention'

describe('retentionCutoffs', () => {
  it('erases commenter network data after the configured days, never with 0', () => {
    const now = Date.UTC(2026, 11, 2)
    expect(retentionCutoffs(now, 60).commenterDataBefore).toBe(now - 60 * 24 * 60 * 60 * 1000)
    expect(retentionCutoffs(now, 0).commenterDataBefore).toBeNull()
  })

  it('keeps rate-limit entries only as long as some window can count them', () => {
    expect(retentionCutoffs(1_000_000_000_000, 60).rateLimitHitsBefore).toBe(1_000_000_000_000 - rateLimitRetentionMs)
    expect(rateLimitRetentionMs).toBeGreaterThanOrEqual(30 * 24 * 60 * 60 * 1000)
  })
})
