import { describe, expect, it } from 'vitest'
import { healthReport, type HealthFacts } from './report'

const now = Date.parse('2026-12-02T09:00:00Z')
const healthy: HealthFacts = {
  now,
  database: { reachable: true, writable: true },
  freeBytes: 5 * 1024 ** 3,
  backups: { isEnabled: true, lastAt: now - 6 * 60 * 60 * 1000, lastOk: true },
  outbox: { waiting: 2, oldestCreatedAt: now - 30_000 },
}

describe('healthReport', () => {
  it('is ok with the facts a monitor wants: backup age and mail backlog', () => {
    expect(healthReport(healthy)).toEqual({
      status: 'ok',
      warnings: [],
      database: { reachable: true, writable: true },
      disk: { freeBytes: 5 * 1024 ** 3 },
      lastBackup: { enabled: true, at: '2026-12-02T03:00:00.000Z', ageSeconds: 6 * 60 * 60, ok: true },
      outbox: { waiting: 2, oldestAgeSeconds: 30 },
    })
  })

  it('fails when the database does not take writes or the disk is nearly full', () => {
    expect(healthReport({ ...healthy, database: { reachable: true, writable: false } }).status).toBe('failing')
    expect(healthReport({ ...healthy, database: { reachable: false, writable: false } }).status).toBe('failing')
    const full = healthReport({ ...healthy, freeBytes: 10 * 1024 * 1024 })
    expect(full).toMatchObject({ status: 'failing', warnings: ['Less than 100 MB of disk space is free.'] })
  })

  it('warns, without failing, about a stale or failed backup and mail waiting for an hour', () => {
    const report = healthReport({
      ...healthy,
      backups: { isEnabled: true, lastAt: now - 30 * 60 * 60 * 1000, lastOk: false },
      outbox: { waiting: 40, oldestCreatedAt: now - 2 * 60 * 60 * 1000 },
    })
    expect(report.status).toBe('ok')
    expect(report.warnings).toEqual([
      'No automatic backup in the last day.',
      'The last automatic backup failed.',
      'Emails have been waiting for more than an hour.',
    ])
    expect(healthReport({ ...healthy, backups: { isEnabled: false, lastAt: null, lastOk: null } }).warnings).toEqual([])
  })
})
