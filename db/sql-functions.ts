import type Database from 'better-sqlite3'
import { plainText } from '../lib/content/excerpt'

// SQL functions the schema's triggers call (db/migrations/0001_search_index.sql): every connection
// that writes posts must register them, or the write fails with "no such function" (loudly, never a
// stale search index). db/client.ts does it for the app; raw connections in scripts and browser tests
// call this too. See docs/decisions/0011-search-index.md.
export function registerSqlFunctions(sqlite: Database.Database): void {
  sqlite.function('spoonpress_plain_text', { deterministic: true }, (html: unknown) =>
    typeof html === 'string' ? plainText(html).replace(/[\u0000-\u001f]/g, ' ') : '',
  )
}
