import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

// Real files throughout: a migrated SQLite database with comments, an uploads folder and generated
// secrets, backed up to a real .tar.gz, damaged, restored and checked.
const databasePath = openTemporaryDatabase()
const dataDir = path.dirname(databasePath)
const { db } = await import('@/db/client')
const { insertAuthor, insertPost, insertTestComment } = await import('@/test/content-fixtures')
const { updateSettings } = await import('@/db/queries/settings')
const { generatedSecret } = await import('@/lib/server/env')
const { BackupError, createBackup, restoreBackup, verifyBackup } = await import('./archive')
const { getLastBackup, listStoredBackups, runScheduledBackup } = await import('./scheduled')
const { comments } = await import('@/db/schema')

const work = mkdtempSync(path.join(tmpdir(), 'spoonpress-backups-'))
const picture = Buffer.from(Array.from({ length: 70_000 }, (_, index) => (index * 7) % 251))
let authSecret = ''

beforeAll(async () => {
  const authorId = await insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren' })
  const postId = await insertPost({ slug: 'pacing', title: 'Pacing', authorId })
  for (let index = 0; index < 50; index += 1) await insertTestComment({ postId, body: `Comment ${index}`, status: 'approved' })
  mkdirSync(path.join(dataDir, 'uploads', '2026', '12'), { recursive: true })
  writeFileSync(path.join(dataDir, 'uploads', '2026', '12', 'spoons.png'), picture)
  authSecret = generatedSecret('auth-secret')
})

const sources = { databasePath, dataDir }

function countComments(file: string): number {
  const check = new Database(file, { readonly: true })
  try {
    return (check.prepare('select count(*) as n from comments').get() as { n: number }).n
  } finally {
    check.close()
  }
}

describe('createBackup and restoreBackup', () => {
  it('writes a verified archive with the database, uploads and secrets, and restores it into an empty DATA_DIR', async () => {
    const archive = path.join(work, 'site.tar.gz')
    const { files } = await createBackup(archive, sources)
    const manifest = await verifyBackup(archive)
    expect(manifest.files.map((file) => file.path)).toEqual(expect.arrayContaining(['spoonpress.db', 'auth-secret', 'uploads/2026/12/spoons.png']))
    expect(files).toBe(manifest.files.length)
    // Nothing but the archive is left beside it.
    expect(readdirSync(work)).toEqual(['site.tar.gz'])

    const target = path.join(work, 'restored')
    await restoreBackup(archive, { dataDir: target, databasePath: path.join(target, 'spoonpress.db'), force: false })
    expect(countComments(path.join(target, 'spoonpress.db'))).toBe(50)
    expect(readFileSync(path.join(target, 'uploads', '2026', '12', 'spoons.png')).equals(picture)).toBe(true)
    expect(readFileSync(path.join(target, 'auth-secret'), 'utf8')).toBe(authSecret)
  })

  it('refuses a DATA_DIR that is not empty, and with --force keeps the old data aside', async () => {
    const archive = path.join(work, 'second.tar.gz')
    await createBackup(archive, sources)
    const target = path.join(work, 'occupied')
    mkdirSync(target)
    writeFileSync(path.join(target, 'notes.txt'), 'keep me')
    const options = { dataDir: target, databasePath: path.join(target, 'spoonpress.db') }
    await expect(restoreBackup(archive, { ...options, force: false })).rejects.toThrow(/is not empty.*--force/)
    expect(readdirSync(target)).toEqual(['notes.txt'])

    const { keptAside } = await restoreBackup(archive, { ...options, force: true })
    expect(keptAside).toHaveLength(1)
    expect(readFileSync(path.join(keptAside[0] ?? '', 'notes.txt'), 'utf8')).toBe('keep me')
    expect(countComments(path.join(target, 'spoonpress.db'))).toBe(50)
  })

  it('refuses a damaged or cut-short archive with a clear message and changes nothing', async () => {
    const archive = path.join(work, 'third.tar.gz')
    await createBackup(archive, sources)
    const good = readFileSync(archive)
    const flipped = Buffer.from(good)
    const middle = Math.floor(flipped.length / 2)
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff
    const damaged = { flipped, 'cut short': good.subarray(0, Math.floor(good.length * 0.6)), 'not an archive': Buffer.from('hello') }
    const target = path.join(work, 'untouched')
    mkdirSync(target)
    writeFileSync(path.join(target, 'notes.txt'), 'still here')
    const before = readdirSync(work).sort()
    for (const [name, bytes] of Object.entries(damaged)) {
      const file = path.join(work, `${name}.tar.gz`)
      writeFileSync(file, bytes)
      const attempt = restoreBackup(file, { dataDir: target, databasePath: path.join(target, 'spoonpress.db'), force: true })
      await expect(attempt, name).rejects.toThrow(BackupError)
      await expect(attempt).rejects.toThrow(/^This is not a usable Spoonpress backup: /)
      expect(readdirSync(target)).toEqual(['notes.txt'])
    }
    expect(readFileSync(path.join(target, 'notes.txt'), 'utf8')).toBe('still here')
    // No half-restored folder was left anywhere.
    expect(readdirSync(work).filter((name) => !before.includes(name) && !name.endsWith('.tar.gz'))).toEqual([])
  })
})

describe('runScheduledBackup, with the clock moved', () => {
  it('writes a backup at the daily time, not again the same day, and prunes the oldest to the kept count', async () => {
    await updateSettings({ backupTime: '03:00', backupKeep: 2, timeZone: 'UTC' })
    const day = (n: number, time: string) => Date.parse(`2026-12-0${n}T${time}:00Z`)
    // A new site takes its first backup at once.
    expect(await runScheduledBackup(day(1, '14:00'))).toEqual({ written: 1, pruned: 0, failed: 0 })
    expect(await runScheduledBackup(day(1, '23:59'))).toEqual({ written: 0, pruned: 0, failed: 0 })
    expect(await runScheduledBackup(day(2, '03:00'))).toEqual({ written: 1, pruned: 0, failed: 0 })
    await db.delete(comments)
    expect(await runScheduledBackup(day(3, '03:01'))).toEqual({ written: 1, pruned: 1, failed: 0 })

    const stored = await listStoredBackups()
    expect(stored.map((backup) => backup.name)).toEqual(['spoonpress-2026-12-03T03-01-00Z.tar.gz', 'spoonpress-2026-12-02T03-00-00Z.tar.gz'])
    expect(existsSync(path.join(dataDir, 'backups', 'spoonpress-2026-12-01T14-00-00Z.tar.gz'))).toBe(false)
    expect(getLastBackup()).toMatchObject({ at: day(3, '03:01'), ok: true, file: stored[0]?.name, error: null })
    // Each is a whole, usable backup of the site as it was then (the comments were deleted after day 2's).
    const dayTwo = path.join(work, 'day-two')
    await restoreBackup(path.join(dataDir, 'backups', stored[1]?.name ?? ''), {
      dataDir: dayTwo,
      databasePath: path.join(dayTwo, 'spoonpress.db'),
      force: false,
    })
    expect(countComments(path.join(dayTwo, 'spoonpress.db'))).toBe(50)
  })

  it('does nothing when automatic backups are off', async () => {
    await updateSettings({ backupTime: '' })
    expect(await runScheduledBackup(Date.parse('2026-12-09T03:00:00Z'))).toEqual({ written: 0, pruned: 0, failed: 0 })
  })
})
