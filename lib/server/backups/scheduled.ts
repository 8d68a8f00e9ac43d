import 'server-only'
import { existsSync, readFileSync } from 'node:fs'
import { readdir, rename, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { getSettings } from '@/db/queries/settings'
import { backupFileName, backupsToPrune, backupTakenAt, isBackupDue } from '@/lib/backups/schedule'
import { env, ensurePrivateDataDir } from '@/lib/server/env'
import { createBackup } from './archive'

// Automatic backups (docs/decisions/0018), run by npm start through /api/backups every minute:
// when lib/backups/schedule.ts says one is due, a backup is written into DATA_DIR/backups, the oldest
// beyond the kept count are deleted, and the outcome is kept in last-backup.json for the dashboard and
// /healthz. `now` is a parameter so tests can move the clock.

export type BackupRunResult = { written: number; pruned: number; failed: number }
export type LastBackup = { at: number; ok: boolean; file: string | null; bytes: number; ms: number; error: string | null }
export type StoredBackup = { name: string; createdAt: number; bytes: number }

export function backupsFolder(): string {
  return path.join(env.dataDir, 'backups')
}

const lastResultFile = () => path.join(backupsFolder(), 'last-backup.json')

export function getLastBackup(): LastBackup | null {
  try {
    return existsSync(lastResultFile()) ? (JSON.parse(readFileSync(lastResultFile(), 'utf8')) as LastBackup) : null
  } catch {
    return null
  }
}

/** The automatic backups in DATA_DIR/backups, newest first. */
export async function listStoredBackups(): Promise<StoredBackup[]> {
  if (!existsSync(backupsFolder())) return []
  const backups: StoredBackup[] = []
  for (const name of await readdir(backupsFolder())) {
    const createdAt = backupTakenAt(name)
    if (createdAt === null) continue
    backups.push({ name, createdAt, bytes: (await stat(path.join(backupsFolder(), name))).size })
  }
  return backups.sort((a, b) => b.createdAt - a.createdAt)
}

/** The file of a stored automatic backup by its name, or null (any other name). */
export function storedBackupPath(name: string): string | null {
  if (backupTakenAt(name) === null) return null
  const file = path.join(backupsFolder(), name)
  return existsSync(file) ? file : null
}

async function recordLast(result: LastBackup) {
  const temporary = `${lastResultFile()}.tmp`
  await writeFile(temporary, JSON.stringify(result), { mode: 0o600 })
  await rename(temporary, lastResultFile())
}

export async function runScheduledBackup(now: number = Date.now()): Promise<BackupRunResult> {
  const settings = await getSettings()
  const last = getLastBackup()
  if (!isBackupDue({ now, timeZone: settings.timeZone, time: settings.backupTime, lastAttemptAt: last?.at ?? null })) {
    return { written: 0, pruned: 0, failed: 0 }
  }
  ensurePrivateDataDir()
  const started = performance.now()
  const name = backupFileName(now)
  try {
    const { bytes } = await createBackup(path.join(backupsFolder(), name), { databasePath: env.databasePath, dataDir: env.dataDir }, now)
    await recordLast({ at: now, ok: true, file: name, bytes, ms: Math.round(performance.now() - started), error: null })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await recordLast({ at: now, ok: false, file: null, bytes: 0, ms: Math.round(performance.now() - started), error: message })
    return { written: 0, pruned: 0, failed: 1 }
  }
  const old = backupsToPrune(await listStoredBackups(), settings.backupKeep)
  for (const backup of old) await unlink(path.join(backupsFolder(), backup.name))
  return { written: 1, pruned: old.length, failed: 0 }
}

export type BackupSummary = { isEnabled: boolean; time: string; last: LastBackup | null; latest: StoredBackup | null }

/** For the dashboard: whether automatic backups are on, the last run's outcome and the newest backup. */
export async function getBackupSummary(): Promise<BackupSummary> {
  const settings = await getSettings()
  const [latest = null] = await listStoredBackups()
  return { isEnabled: settings.backupTime !== '', time: settings.backupTime, last: getLastBackup(), latest }
}
