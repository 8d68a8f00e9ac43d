import 'server-only'
import { chmodSync, closeSync, existsSync, fdatasync, mkdirSync, open } from 'node:fs'
import { promisify } from 'node:util'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { env } from '@/lib/server/env'
import * as schema from './schema'
import { processGlobal } from '@/lib/server/process-global'
import { registerSqlFunctions } from './sql-functions'

type DrizzleDb = BetterSQLite3Database<typeof schema>
type TransactionConfig = Parameters<DrizzleDb['transaction']>[1]
/** The open transaction a `db.transaction` callback is given. */
export type Transaction = Parameters<Parameters<DrizzleDb['transaction']>[0]>[0]
/**
 * Drizzle's database, with one change: a transaction is awaited. The callback still runs synchronously
 * once the write lock is held; the promise settles when the commit is on disk (decision 0030).
 */
export type Db = Omit<DrizzleDb, 'transaction'> & {
  transaction<T>(run: (tx: Transaction) => T, config?: TransactionConfig): Promise<T>
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations')

export function openDatabase(file: string): { db: Db; sqlite: Database.Database } {
  if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const sqlite = new Database(file)
  // Comments hold emails and IP addresses: the file is this user's alone (SQLite gives its -wal and
  // -shm files the database file's permissions).
  chmodSync(file, 0o600)
  sqlite.pragma('journal_mode = WAL')
  // FULL, not NORMAL: a write the site has said "saved" to survives a power cut too, not only a
  // process crash (docs/decisions/0018-crash-safety-and-backups.md). Transactions reach the same guarantee
  // another way, below.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`)
  registerSqlFunctions(sqlite)
  reuseStatements(sqlite)
  const drizzleDb = drizzle(sqlite, { schema })
  // Every transaction takes the write lock when it begins (BEGIN IMMEDIATE), unless it says otherwise.
  // A deferred one that reads first and writes later fails at once with "database is locked" when
  // another connection wrote in between (SQLite cannot upgrade a stale snapshot, and the busy timeout
  // does not apply): rare with one process, seen in CI with two web processes sharing the file
  // (decision 0025). Waiting for the lock up front lets the wait below do its work instead.
  const synchronousTransaction = drizzleDb.transaction.bind(drizzleDb)
  const whenDurable = groupCommit(walSync(sqlite, `${file}-wal`))
  const db = drizzleDb as unknown as Db
  db.transaction = async (run, config) => {
    const result = await waitForWriteLock(sqlite, () => committedWithoutSync(sqlite, () => synchronousTransaction(run, { behavior: 'immediate', ...config })))
    await whenDurable()
    return result
  }
  // Migrations are applied on every open: the database is created and brought up to date on start,
  // with nothing to run by hand. Already-applied migrations cost one small query.
  applyMigrations(sqlite)
  return { db, sqlite }
}

// Drizzle prepares a query's SQL anew on every call, and on the comment-posting path preparing cost
// more than running the queries (a CPU profile: about a tenth of the request). Statements are kept by
// SQL text, up to a bound, as the same few dozen queries run all day (decision 0027). A kept statement
// is handed out only when no iteration is using it, and reset to objects: Drizzle asks for arrays
// (raw) explicitly each time it wants them, and not the other way round.
const keptStatementLimit = 500

function reuseStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite)
  const kept = new Map<string, Database.Statement>()
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source)
    if (statement && !statement.busy) return statement.reader ? statement.raw(false) : statement
    const prepared = prepare(source)
    if (kept.size >= keptStatementLimit) kept.delete(kept.keys().next().value as string)
    kept.set(source, prepared)
    return prepared
  }) as Database.Database['prepare']
}

// Waiting for another process's write lock (two web processes post comments into one file). SQLite's
// own busy handler sleeps 1, 2, 5, 10, 15, 20, 25 ms... between tries, and it sleeps on this process's
// only thread, so every request the process was serving waited too: a profile of comment posting with
// two processes found a tenth of each one's time spent so (decision 0030). Here a busy begin is tried
// again once this process has served what else was ready (setImmediate), then every millisecond, up to
// the same 5 s. The transaction itself runs synchronously once begun. Single statements outside a
// transaction keep SQLite's handler.
const busyTimeoutMs = 5000
const immediateRetries = 20

export async function waitForWriteLock<T>(sqlite: Database.Database, begin: () => T): Promise<T> {
  const deadline = Date.now() + busyTimeoutMs
  for (let tries = 0; ; tries += 1) {
    sqlite.pragma('busy_timeout = 0')
    try {
      return begin()
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error
    } finally {
      sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`)
    }
    await new Promise<void>((resolve) => (tries < immediateRetries ? setImmediate(resolve) : setTimeout(resolve, 1)))
  }
}

// A transaction commits with synchronous = NORMAL: its pages reach the WAL file, without the fsync
// FULL would make there and then, while holding the write lock and blocking this process's thread (a
// third of the time of posting a comment, decision 0030). The caller awaits groupCommit's fsync of
// the WAL instead, which is what FULL guarantees for a commit in WAL mode ("the WAL file is
// synchronized after each transaction commit", SQLite's PRAGMA synchronous), done on libuv's thread
// pool, once for every commit that came before it. A crash before that fsync loses only commits
// nobody has been told about yet.
function committedWithoutSync<T>(sqlite: Database.Database, run: () => T): T {
  sqlite.pragma('synchronous = NORMAL')
  try {
    return run()
  } finally {
    sqlite.pragma('synchronous = FULL')
  }
}

/**
 * Group commit: `whenDurable()` settles once a `sync()` that began after the call has finished, so
 * everything written before the call is on disk. Callers who arrive while a sync runs share the one
 * that follows it, however many they are.
 */
export function groupCommit(sync: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null
  let following: Promise<void> | null = null
  const start = (): Promise<void> => {
    running = sync().finally(() => {
      running = null
    })
    return running
  }
  return () => {
    if (!running) return start()
    // The sync under way may have begun before this caller's write: one more, after it.
    following ??= running.then(
      () => ((following = null), start()),
      () => ((following = null), start()),
    )
    return following
  }
}

const openFile = promisify(open)
const datasync = promisify(fdatasync)

// fdatasync of the WAL file, through a descriptor of its own (the kernel writes out the file's
// pages whichever descriptor wrote them), opened at the first sync and kept until the connection
// closes: while this connection is open SQLite keeps its WAL file. No WAL file yet means nothing
// waits in one.
function walSync(sqlite: Database.Database, walFile: string): () => Promise<void> {
  let descriptor: Promise<number | null> | null = null
  const openWal = () =>
    openFile(walFile, 'r').catch((error: unknown) => {
      descriptor = null
      if ((error as { code?: string }).code === 'ENOENT') return null
      throw error
    })
  const close = sqlite.close.bind(sqlite)
  sqlite.close = () => {
    void descriptor?.then((opened) => opened !== null && closeSync(opened))
    descriptor = null
    return close()
  }
  return async () => {
    descriptor ??= openWal()
    const opened = await descriptor
    if (opened !== null) await datasync(opened)
  }
}

const migrationsTable = '__drizzle_migrations'

/**
 * Drizzle's migrator, under a lock: it reads the last applied migration before its transaction
 * begins, so two processes starting at once would both apply the same migration and one would fail
 * ("table already exists"). Here the check and the changes run in one BEGIN IMMEDIATE transaction
 * (SQLite's write lock): a second process waits for the first, then finds nothing left to do.
 * Same table and rows as drizzle-orm's migrator, so existing databases carry on.
 */
export function applyMigrations(sqlite: Database.Database, folder = migrationsFolder): number {
  const migrations = readMigrationFiles({ migrationsFolder: folder })
  const latest = migrations.at(-1)?.folderMillis ?? 0
  const lastApplied = (): number => {
    const exists = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(migrationsTable)
    if (!exists) return -1
    const row = sqlite.prepare(`select created_at as createdAt from "${migrationsTable}" order by created_at desc limit 1`).get() as
      | { createdAt: number }
      | undefined
    return row ? Number(row.createdAt) : -1
  }
  // Up to date: no write lock taken (the common case on every start).
  if (lastApplied() >= latest) return 0
  // Another process may be migrating a large database: wait for it longer than for a normal write.
  const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number
  sqlite.pragma('busy_timeout = 120000')
  try {
    const apply = sqlite.transaction(() => {
      sqlite.exec(`create table if not exists "${migrationsTable}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`)
      const last = lastApplied()
      let applied = 0
      const record = sqlite.prepare(`insert into "${migrationsTable}" ("hash", "created_at") values (?, ?)`)
      for (const migration of migrations) {
        if (migration.folderMillis <= last) continue
        for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement)
        record.run(migration.hash, migration.folderMillis)
        applied += 1
      }
      return applied
    })
    return apply.immediate()
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`)
  }
}

// Checkpoints (docs/decisions/0027; copying the WAL back into the database file, each with its fsyncs under
// synchronous = FULL) take tens of milliseconds. SQLite runs one inside whichever commit crosses the
// WAL's size limit, so every few hundred comments one reader's request (and the requests queued
// behind it on the event loop) waited for it. The app's connection hands them to a worker thread with
// its own connection instead; SQLite's automatic checkpoint stays as a backstop at a larger size,
// should the worker ever stop. PASSIVE never waits for readers or the writer.
const checkpointEveryMs = 250
const backstopCheckpointPages = 10_000
const checkpointerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const sqlite = new Database(workerData.file)
sqlite.pragma('synchronous = FULL')
const timer = setInterval(() => {
  try { sqlite.pragma('wal_checkpoint(PASSIVE)') } catch {}
}, workerData.everyMs)
parentPort.once('message', () => { clearInterval(timer); sqlite.close(); parentPort.close() })
`

function startCheckpointer(sqlite: Database.Database, file: string): Worker | null {
  try {
    const worker = new Worker(checkpointerSource, {
      eval: true,
      workerData: { file, everyMs: checkpointEveryMs, driver: path.join(process.cwd(), 'node_modules', 'better-sqlite3') },
    })
    worker.unref()
    // Without the worker, SQLite checkpoints inside commits again, as it does by default.
    worker.on('error', (error) => {
      console.error('Spoonpress: the checkpoint worker stopped; checkpoints run inside commits again.', error)
      if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000')
    })
    sqlite.pragma(`wal_autocheckpoint = ${backstopCheckpointPages}`)
    return worker
  } catch {
    return null
  }
}

// One connection per process (lib/server/process-global.ts), so dev-mode module reloads reuse it.
const connectionSlot = processGlobal<{ db: Db; sqlite: Database.Database; checkpointer: Worker | null }>('database')

function connection() {
  return connectionSlot.getOrCreate(() => {
    const opened = openDatabase(env.databasePath)
    return { ...opened, checkpointer: startCheckpointer(opened.sqlite, env.databasePath) }
  })
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = connection().db
    const value = Reflect.get(real, property, real) as unknown
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value
  },
})

/**
 * A query prepared once per connection, for hot paths. Drizzle builds a query's SQL from its builder
 * on every call (on the comment-posting path that cost more than SQLite running the queries); a query
 * prepared with placeholders builds it once. Per connection, since a prepared query belongs to the
 * connection it was made on, and a restore or a test closes and reopens the database.
 */
export function preparedQuery<Query>(build: (db: Db) => Query): () => Query {
  const byConnection = new WeakMap<Db, Query>()
  return () => {
    const real = connection().db
    let query = byConnection.get(real)
    if (query === undefined) {
      query = build(real)
      byConnection.set(real, query)
    }
    return query
  }
}

export function closeDatabase() {
  const current = connectionSlot.get()
  current?.checkpointer?.postMessage('close')
  current?.sqlite.close()
  connectionSlot.clear()
}
