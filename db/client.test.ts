import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

const file = openTemporaryDatabase()
const { groupCommit, openDatabase, waitForWriteLock } = await import('./client')

describe('openDatabase', () => {
  it('keeps the database file and a folder it creates to this user', () => {
    const nested = path.join(path.dirname(file), 'fresh', 'blog.db')
    const { sqlite } = openDatabase(nested)
    sqlite.close()
    expect(statSync(nested).mode & 0o777).toBe(0o600)
    expect(statSync(path.dirname(nested)).mode & 0o777).toBe(0o700)
  })

  it('begins every transaction with the write lock, so a read-then-write cannot fail on another process’s write', async () => {
    const { sql } = await import('drizzle-orm')
    const shared = path.join(path.dirname(file), 'locks', 'blog.db')
    const { db, sqlite } = openDatabase(shared)
    db.run(sql`create table lock_probe (n integer)`)
    const otherProcess = new Database(shared, { timeout: 0 })
    let otherWrite: unknown = null
    await db.transaction((tx) => {
      tx.all(sql`select count(*) from lock_probe`)
      // Another connection writing now, between this transaction's read and its write.
      try {
        otherProcess.prepare('insert into lock_probe (n) values (1)').run()
      } catch (error) {
        otherWrite = error
      }
      tx.run(sql`insert into lock_probe (n) values (2)`)
    })
    // The other writer waited (here: was refused at once, with no busy timeout); ours committed.
    expect(String(otherWrite)).toMatch(/database is locked/)
    expect(sqlite.prepare('select n from lock_probe').all()).toEqual([{ n: 2 }])
    otherProcess.close()
    sqlite.close()
  })
})

describe('statements', () => {
  it('prepares each SQL text once and hands the same statement out again, in the mode Drizzle expects', async () => {
    const { sql } = await import('drizzle-orm')
    const { db, sqlite } = openDatabase(path.join(path.dirname(file), 'statements', 'blog.db'))
    db.run(sql`create table statement_probe (n integer)`)
    db.run(sql`insert into statement_probe (n) values (7)`)
    const first = sqlite.prepare('select n from statement_probe')
    expect(sqlite.prepare('select n from statement_probe')).toBe(first)
    // Drizzle turns arrays on when it wants them; the next caller asking for objects gets objects.
    expect(first.raw().all()).toEqual([[7]])
    expect(sqlite.prepare('select n from statement_probe').all()).toEqual([{ n: 7 }])
    // A statement still being iterated is not handed out twice.
    const iterating = sqlite.prepare('select n from statement_probe').iterate()
    iterating.next()
    expect(sqlite.prepare('select n from statement_probe')).not.toBe(first)
    iterating.return?.()
    sqlite.close()
  })
})

describe('waiting for the write lock', () => {
  it('retries a busy begin itself, with SQLite’s sleeping busy handler off, and restores the timeout', async () => {
    const { sqlite } = openDatabase(path.join(path.dirname(file), 'waits', 'blog.db'))
    const timeoutsSeen: unknown[] = []
    let tries = 0
    const result = await waitForWriteLock(sqlite, () => {
      timeoutsSeen.push(sqlite.pragma('busy_timeout', { simple: true }))
      tries += 1
      if (tries < 3) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })
      return 'committed'
    })
    expect(result).toBe('committed')
    expect(timeoutsSeen).toEqual([0, 0, 0])
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    await expect(
      waitForWriteLock(sqlite, () => {
        throw new Error('no such table: nowhere')
      }),
    ).rejects.toThrow(/no such table/)
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    sqlite.close()
  })

  it('commits once another process releases the lock it held, serving this process’s other work meanwhile', async () => {
    const { sql } = await import('drizzle-orm')
    const shared = path.join(path.dirname(file), 'held', 'blog.db')
    const { db, sqlite } = openDatabase(shared)
    db.run(sql`create table held_probe (n integer)`)
    const driver = JSON.stringify(path.join(process.cwd(), 'node_modules', 'better-sqlite3'))
    const holder = spawn(process.execPath, [
      '-e',
      `const db = new (require(${driver}))(${JSON.stringify(shared)}); db.exec('begin immediate'); db.prepare('insert into held_probe (n) values (1)').run();
       console.log('locked'); setTimeout(() => { db.exec('commit'); db.close() }, 300)`,
    ])
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()))
    // A timer of this process, due while the transaction waits for the lock: it runs on time only if
    // the wait does not block the thread (SQLite's busy handler, or a sleeping poll, would).
    const startedAt = performance.now()
    let timerRanAfterMs = Number.NaN
    setTimeout(() => (timerRanAfterMs = performance.now() - startedAt), 20)
    await db.transaction((tx) => tx.run(sql`insert into held_probe (n) values (2)`))
    const waitedMs = performance.now() - startedAt
    expect(waitedMs).toBeGreaterThan(150)
    expect(timerRanAfterMs).toBeLessThan(waitedMs - 100)
    expect(sqlite.prepare('select n from held_probe order by n').all()).toEqual([{ n: 1 }, { n: 2 }])
    sqlite.close()
  })
})

describe('durable commits', () => {
  it('commits a transaction without its own fsync, and keeps FULL for every other write', async () => {
    const { sql } = await import('drizzle-orm')
    const { db, sqlite } = openDatabase(path.join(path.dirname(file), 'durable', 'blog.db'))
    db.run(sql`create table durable_probe (n integer)`)
    let inside: unknown
    await db.transaction((tx) => {
      inside = sqlite.pragma('synchronous', { simple: true })
      tx.run(sql`insert into durable_probe (n) values (1)`)
    })
    // 1 is NORMAL, 2 is FULL.
    expect(inside).toBe(1)
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2)
    await expect(
      db.transaction(() => {
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2)
    sqlite.close()
  })

  it('settles a transaction only after an fsync that began after its commit', async () => {
    const syncs: { began: number; finish: () => void }[] = []
    let commits = 0
    const whenDurable = groupCommit(
      () =>
        new Promise<void>((resolve) => {
          syncs.push({ began: commits, finish: resolve })
        }),
    )
    const settled: string[] = []
    commits = 1
    const first = whenDurable().then(() => settled.push('first'))
    // Two more commits while the first sync runs: that sync may not hold them, so they wait for the
    // next one, and share it.
    commits = 3
    const second = whenDurable().then(() => settled.push('second'))
    const third = whenDurable().then(() => settled.push('third'))
    expect(syncs.map((sync) => sync.began)).toEqual([1])
    syncs[0]?.finish()
    await first
    await new Promise((resolve) => setImmediate(resolve))
    expect(settled).toEqual(['first'])
    expect(syncs.map((sync) => sync.began)).toEqual([1, 3])
    syncs[1]?.finish()
    await Promise.all([second, third])
    expect(settled).toEqual(['first', 'second', 'third'])
    // Nothing running: the next caller starts a sync of its own at once.
    commits = 4
    const fourth = whenDurable()
    expect(syncs.map((sync) => sync.began)).toEqual([1, 3, 4])
    syncs[2]?.finish()
    await fourth
  })

  it('does not tell a caller its commit is durable when the fsync failed', async () => {
    const whenDurable = groupCommit(() => Promise.reject(new Error('EIO: i/o error, fdatasync')))
    await expect(whenDurable()).rejects.toThrow(/EIO/)
  })
})

describe('migrations on start', () => {
  it('lets several processes open a new database at once: each migration is applied exactly once', async () => {
    const fresh = path.join(path.dirname(file), 'race', 'blog.db')
    const child = path.join(process.cwd(), 'test', 'open-database-child.ts')
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx')
    const startAt = Date.now() + 4000
    const runs = Array.from({ length: 6 }, () => {
      return new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const started = spawn(tsx, ['--conditions=react-server', child, fresh, String(startAt)], { stdio: ['ignore', 'ignore', 'pipe'] })
        let stderr = ''
        started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        started.on('exit', (code) => resolve({ code, stderr }))
      })
    })
    const results = await Promise.all(runs)
    expect(results.map((result) => result.code === 0 || result.stderr)).toEqual(results.map(() => true))
    const check = new Database(fresh, { readonly: true })
    const applied = check.prepare('select hash from __drizzle_migrations').all() as { hash: string }[]
    check.close()
    const expected = readdirSync(path.join(process.cwd(), 'db', 'migrations')).filter((name) => name.endsWith('.sql')).length
    expect(applied.length).toBe(expected)
    expect(new Set(applied.map((row) => row.hash)).size).toBe(expected)
  }, 60_000)
})

describe("the app's connection", () => {
  it('leaves checkpoints to a worker thread: the WAL reaches the database file without a commit waiting for it', async () => {
    const { db, closeDatabase } = await import('./client')
    const { sql } = await import('drizzle-orm')
    await db.run(sql`create table checkpoint_probe (body text)`)
    const sizeBefore = statSync(file).size
    // About 800 KB: below the size at which a commit would checkpoint by itself (SQLite's default too).
    for (let index = 0; index < 200; index += 1) await db.run(sql`insert into checkpoint_probe (body) values (${'x'.repeat(4000)})`)
    const deadline = Date.now() + 4_000
    while (statSync(file).size <= sizeBefore + 500_000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 500_000)
    closeDatabase()
  })

  it('prepares a prepared query again on a reopened connection (a restore, a test), not only once per process', async () => {
    const { db, closeDatabase, preparedQuery } = await import('./client')
    const { sql } = await import('drizzle-orm')
    const { settings } = await import('./schema')
    await db.run(sql`insert into settings (key, value) values ('probe', '1')`)
    const settingByKey = preparedQuery((connection) =>
      connection
        .select()
        .from(settings)
        .where(sql`${settings.key} = ${sql.placeholder('key')}`)
        .prepare(),
    )
    expect(settingByKey().get({ key: 'probe' })).toEqual({ key: 'probe', value: 1 })
    closeDatabase()
    // A query kept from the closed connection would throw "The database connection is not open".
    expect(settingByKey().get({ key: 'probe' })).toEqual({ key: 'probe', value: 1 })
    closeDatabase()
  })
})
