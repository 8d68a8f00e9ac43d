import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Points the app's one connection (db/client.ts) at a fresh SQLite file for this test file. Call it
// before importing anything from db/; Vitest runs each test file in its own process.
export function openTemporaryDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoonpress-test-'))
  process.env.DATA_DIR = dir
  process.env.DATABASE_PATH = path.join(dir, 'test.db')
  return process.env.DATABASE_PATH
}
