import 'server-only'
import { statfsSync } from 'node:fs'
import { recordHealthCheck } from '@/db/queries/health'
import { getOutboxBacklog } from '@/db/queries/outbox'
import { getSettings } from '@/db/queries/settings'
import { healthReport, type HealthFacts, type HealthReport } from '@/lib/health/report'
import { getLastBackup } from '@/lib/server/backups/scheduled'
import { ensurePrivateDataDir } from '@/lib/server/env'

// The facts behind GET /healthz: a real write to the database, free space where DATA_DIR lives, the
// last automatic backup and the mail waiting in the outbox. Checked at most once every few seconds,
// however often it is asked (the URL is public; each check is a synced write).
const reuseForMs = 5_000
let latest: { at: number; report: HealthReport } | null = null

export async function checkHealth(now = Date.now()): Promise<HealthReport> {
  if (latest && now - latest.at >= 0 && now - latest.at < reuseForMs) return latest.report
  const report = await gatherHealth(now)
  latest = { at: now, report }
  return report
}

async function gatherHealth(now: number): Promise<HealthReport> {
  const database: HealthFacts['database'] = { reachable: false, writable: false }
  let backlog: HealthFacts['outbox'] = { waiting: 0, oldestCreatedAt: null }
  let isBackupEnabled = true
  try {
    backlog = await getOutboxBacklog()
    isBackupEnabled = (await getSettings()).backupTime !== ''
    database.reachable = true
    await recordHealthCheck(now)
    database.writable = true
  } catch (error) {
    console.error(
      JSON.stringify({ time: new Date(now).toISOString(), level: 'error', event: 'healthz', error: error instanceof Error ? error.message : String(error) }),
    )
  }
  let freeBytes: number | null = null
  try {
    const disk = statfsSync(ensurePrivateDataDir())
    freeBytes = disk.bavail * disk.bsize
  } catch {
    freeBytes = null
  }
  const last = getLastBackup()
  return healthReport({
    now,
    database,
    freeBytes,
    backups: { isEnabled: isBackupEnabled, lastAt: last?.at ?? null, lastOk: last?.ok ?? null },
    outbox: backlog,
  })
}
