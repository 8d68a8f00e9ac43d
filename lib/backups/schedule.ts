import { utcToZonedLocal, zonedLocalToUtc } from '../posts/zoned-time'

// When the automatic backup is due and which old backups go (docs/decisions/0018). Pure: the job that
// acts on it is lib/server/backups/scheduled.ts, which passes in "now", so tests can move the clock.

/** "HH:MM", 24-hour, in the site's time zone; empty turns automatic backups off. */
export const backupTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/

const dayMs = 24 * 60 * 60 * 1000

/** The latest moment at or before `now` when the wall clock in `timeZone` read `time` ("HH:MM"). */
export function latestSlot(now: number, timeZone: string, time: string): number {
  const today = utcToZonedLocal(now, timeZone).slice(0, 10)
  for (let daysBack = 0; daysBack < 3; daysBack += 1) {
    const day = new Date(Date.parse(`${today}T00:00:00Z`) - daysBack * dayMs).toISOString().slice(0, 10)
    const slot = zonedLocalToUtc(`${day}T${time}`, timeZone)
    if (slot !== null && slot <= now) return slot
  }
  return now - dayMs
}

/**
 * Due when automatic backups are on and no backup has been attempted since the latest daily slot
 * (a new site, or one that was down at backup time, takes one at once). A failed attempt waits for the
 * next day's slot, so a full disk is not hammered every minute; the dashboard shows the failure.
 */
export function isBackupDue(input: { now: number; timeZone: string; time: string; lastAttemptAt: number | null }): boolean {
  if (!backupTimePattern.test(input.time)) return false
  if (input.lastAttemptAt === null) return true
  return input.lastAttemptAt < latestSlot(input.now, input.timeZone, input.time)
}

/** The automatic backups beyond the newest `keep`, to delete (oldest last kept). */
export function backupsToPrune<T extends { createdAt: number }>(backups: readonly T[], keep: number): T[] {
  return [...backups].sort((a, b) => b.createdAt - a.createdAt).slice(Math.max(1, keep))
}

const namePattern = /^spoonpress-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.tar\.gz$/

/** spoonpress-2026-12-02T03-00-00Z.tar.gz: sorts by time, and says when it was taken. */
export function backupFileName(at: number): string {
  return `spoonpress-${new Date(at).toISOString().slice(0, 19).replace(/:/g, '-')}Z.tar.gz`
}

/** When an automatic backup was taken, from its name; null for any other file. */
export function backupTakenAt(fileName: string): number | null {
  const match = namePattern.exec(fileName)
  if (!match) return null
  const [, year, month, day, hour, minute, second] = match.map(Number)
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0)
}
