import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { claimJobLease, getJobLease, renewJobLease } = await import('./job-leases')

describe('job leases on a real database', () => {
  it('gives a job to one process, keeps it there while renewed, and hands it over once expired', async () => {
    expect(await claimJobLease('scheduler', 'web-1', 1_000, 15_000)).toEqual({ kind: 'take', expiresAt: 16_000 })
    expect(await claimJobLease('scheduler', 'web-2', 2_000, 15_000)).toEqual({ kind: 'wait', holder: 'web-1', until: 16_000 })
    expect(await claimJobLease('scheduler', 'web-1', 5_000, 15_000)).toEqual({ kind: 'renew', expiresAt: 20_000 })
    expect(await renewJobLease('scheduler', 'web-1', 10_000, 15_000)).toBe(true)
    expect(await claimJobLease('scheduler', 'web-2', 24_999, 15_000)).toMatchObject({ kind: 'wait' })
    // web-1 stopped renewing (it died): web-2 takes the job over, and web-1 learns it lost it.
    expect(await claimJobLease('scheduler', 'web-2', 25_000, 15_000)).toEqual({ kind: 'take', expiresAt: 40_000 })
    expect(await renewJobLease('scheduler', 'web-1', 25_001, 15_000)).toBe(false)
    expect(await getJobLease('scheduler')).toEqual({ job: 'scheduler', holder: 'web-2', expiresAt: 40_000, takenAt: 25_000 })
  })

  it('keeps each job apart', async () => {
    expect(await claimJobLease('outbox', 'web-1', 1_000, 15_000)).toMatchObject({ kind: 'take' })
    expect(await claimJobLease('newsletter', 'web-2', 1_000, 15_000)).toMatchObject({ kind: 'take' })
    expect((await getJobLease('outbox'))?.holder).toBe('web-1')
    expect((await getJobLease('newsletter'))?.holder).toBe('web-2')
  })
})
