import { describe, expect, it } from 'vitest'
import { backupFileName, backupsToPrune, backupTakenAt, isBackupDue, latestSlot } from './schedule'

const utc = (text: string) => Date.parse(text)

describe('latestSlot', () => {
  it('finds today’s slot once it has passed, yesterday’s before', () => {
    expect(latestSlot(utc('2026-12-02T09:00:00Z'), 'UTC', '03:00')).toBe(utc('2026-12-02T03:00:00Z'))
    expect(latestSlot(utc('2026-12-02T02:59:00Z'), 'UTC', '03:00')).toBe(utc('2026-12-01T03:00:00Z'))
  })

  it('reads the time in the site’s time zone, across a daylight-saving change', () => {
    // New York: UTC-5 in winter, UTC-4 in summer (the change was on 8 March 2026).
    expect(latestSlot(utc('2026-12-02T12:00:00Z'), 'America/New_York', '03:00')).toBe(utc('2026-12-02T08:00:00Z'))
    expect(latestSlot(utc('2026-03-09T12:00:00Z'), 'America/New_York', '03:00')).toBe(utc('2026-03-09T07:00:00Z'))
    expect(latestSlot(utc('2026-03-08T12:00:00Z'), 'America/New_York', '01:30')).toBe(utc('2026-03-08T06:30:00Z'))
  })
})

describe('isBackupDue', () => {
  const rule = { timeZone: 'UTC', time: '03:00' }

  it('is due at once when no backup was ever attempted, and then once a day after the slot', () => {
    expect(isBackupDue({ ...rule, now: utc('2026-12-02T14:00:00Z'), lastAttemptAt: null })).toBe(true)
    const last = utc('2026-12-02T14:00:00Z')
    expect(isBackupDue({ ...rule, now: utc('2026-12-03T02:59:00Z'), lastAttemptAt: last })).toBe(false)
    expect(isBackupDue({ ...rule, now: utc('2026-12-03T03:00:00Z'), lastAttemptAt: last })).toBe(true)
    expect(isBackupDue({ ...rule, now: utc('2026-12-03T03:01:00Z'), lastAttemptAt: utc('2026-12-03T03:00:30Z') })).toBe(false)
  })

  it('catches up on a missed day (the site was down at backup time)', () => {
    expect(isBackupDue({ ...rule, now: utc('2026-12-05T10:00:00Z'), lastAttemptAt: utc('2026-12-02T03:00:00Z') })).toBe(true)
  })

  it('is never due when automatic backups are off (no time set)', () => {
    expect(isBackupDue({ ...rule, time: '', now: utc('2026-12-05T10:00:00Z'), lastAttemptAt: null })).toBe(false)
  })
})

describe('backupsToPrune', () => {
  it('keeps the newest `keep`, whatever the order given, and never deletes the last one', () => {
    const backups = [3, 1, 4, 2].map((day) => ({ name: `day${day}`, createdAt: utc(`2026-12-0${day}T03:00:00Z`) }))
    expect(backupsToPrune(backups, 2).map((backup) => backup.name)).toEqual(['day2', 'day1'])
    expect(backupsToPrune(backups, 10)).toEqual([])
    expect(backupsToPrune(backups, 0).map((backup) => backup.name)).toEqual(['day3', 'day2', 'day1'])
  })
})

describe('backup file names', () => {
  it('name the moment a backup was taken and read it back; other files are not backups', () => {
    const at = utc('2026-12-02T03:00:07Z')
    expect(backupFileName(at)).toBe('spoonpress-2026-12-02T03-00-07Z.tar.gz')
    expect(backupTakenAt(backupFileName(at))).toBe(at)
    expect(backupTakenAt('notes.txt')).toBeNull()
  })
})
