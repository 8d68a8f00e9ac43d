import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { healthChecks } = await import('../schema')
const { recordHealthCheck } = await import('./health')

describe('recordHealthCheck', () => {
  it('keeps one row with the latest check', async () => {
    await recordHealthCheck(1000)
    await recordHealthCheck(2000)
    expect(await db.select().from(healthChecks)).toEqual([{ id: 1, checkedAt: 2000 }])
  })
})
