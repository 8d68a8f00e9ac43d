import 'server-only'
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { env } from '@/lib/server/env'
import * as schema from './schema'
import { processGlobal } from '@/lib/server/process-global'
import { registerSqlFunctions } from './sql-functions'

export type Db = BetterSQLite3Database<typeof schema>

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations')

export function openDatabase(file: string): { db: Db; sqlite: Database.Database } {
  if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const sqlite = new Database(file)
  // Comments hold emails and IP addresses: the file is this user's alone (SQLite gives its -wal and
  // -shm files the database file's permissions).
  chmodSync(file, 0o600)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  registerSqlFunctions(sqlite)
  const db = drizzle(sqlite, { schema })
  // Migrations are applied on every open: the database is created and brought up to date on start,
  // with nothing to run by hand. Already-applied migrations cost one small query.
  migrate(db, { migrationsFolder })
  return { db, sqlite }
}

// One connection per process (lib/server/process-global.ts), so dev-mode module reloads reuse it.
const connectionSlot = processGlobal<{ db: Db; sqlite: Database.Database }>('database')

function connection() {
  return connectionSlot.getOrCreate(() => openDatabase(env.databasePath))
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = connection().db
    const value = Reflect.get(real, property, real) as unknown
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value
  },
})

export function closeDatabase() {
  connectionSlot.get()?.sqlite.close()
  connectionSlot.clear()
}
