// What GET /healthz answers (lib/server/health.ts gathers the facts). Only what makes this process
// unable to keep what it is given fails the check (503): the database not answering or not taking
// writes, or the disk nearly full. A stale backup or a mail backlog is reported, with a warning, but
// answered 200, since a load balancer taking the site down for them would help nobody. The answer is
// public: no error texts or paths (the dashboard and the logs have those).

export const healthLimits = {
  /** Below this much free disk space in DATA_DIR, writes may soon fail. */
  minFreeBytes: 100 * 1024 * 1024,
  /** Automatic backups are daily: older than this means one was missed. */
  backupStaleMs: 26 * 60 * 60 * 1000,
  /** Mail waiting longer than this means the mail server has been unreachable for a while. */
  outboxStaleMs: 60 * 60 * 1000,
} as const

export type HealthFacts = {
  now: number
  database: { reachable: boolean; writable: boolean }
  freeBytes: number | null
  backups: { isEnabled: boolean; lastAt: number | null; lastOk: boolean | null }
  outbox: { waiting: number; oldestCreatedAt: number | null }
}

export type HealthReport = {
  status: 'ok' | 'failing'
  warnings: string[]
  database: { reachable: boolean; writable: boolean }
  disk: { freeBytes: number | null }
  lastBackup: { enabled: boolean; at: string | null; ageSeconds: number | null; ok: boolean | null }
  outbox: { waiting: number; oldestAgeSeconds: number | null }
}

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000))

export function healthReport(facts: HealthFacts): HealthReport {
  const warnings: string[] = []
  const isDiskLow = facts.freeBytes !== null && facts.freeBytes < healthLimits.minFreeBytes
  if (isDiskLow) warnings.push('Less than 100 MB of disk space is free.')
  const backupAge = facts.backups.lastAt === null ? null : facts.now - facts.backups.lastAt
  if (facts.backups.isEnabled && (backupAge === null || backupAge > healthLimits.backupStaleMs)) warnings.push('No automatic backup in the last day.')
  if (facts.backups.lastOk === false) warnings.push('The last automatic backup failed.')
  const outboxAge = facts.outbox.oldestCreatedAt === null ? null : facts.now - facts.outbox.oldestCreatedAt
  if (outboxAge !== null && outboxAge > healthLimits.outboxStaleMs) warnings.push('Emails have been waiting for more than an hour.')
  const isFailing = !facts.database.reachable || !facts.database.writable || isDiskLow
  return {
    status: isFailing ? 'failing' : 'ok',
    warnings,
    database: { reachable: facts.database.reachable, writable: facts.database.writable },
    disk: { freeBytes: facts.freeBytes },
    lastBackup: {
      enabled: facts.backups.isEnabled,
      at: facts.backups.lastAt === null ? null : new Date(facts.backups.lastAt).toISOString(),
      ageSeconds: backupAge === null ? null : seconds(backupAge),
      ok: facts.backups.lastOk,
    },
    outbox: { waiting: facts.outbox.waiting, oldestAgeSeconds: outboxAge === null ? null : seconds(outboxAge) },
  }
}
