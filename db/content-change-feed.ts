import type Database from 'better-sqlite3'
import type { ContentChangeRow } from '../lib/invalidation/change-feed'

// The read side of the change log (db/queries/content-changes.ts writes it), for scripts/serve.ts,
// which polls it several times a second: plain better-sqlite3 on the front server's own read-only
// connection, since that process entry point loads no server-only module (relative imports only).
// Each poll is one indexed range read on the primary key.
export class ContentChangeFeed {
  private readonly latest: Database.Statement<[], { id: number | null }>
  private readonly after: Database.Statement<[number, number], { id: number; tags: string; origin: string }>

  constructor(sqlite: Database.Database) {
    this.latest = sqlite.prepare('select max(id) as id from content_changes')
    this.after = sqlite.prepare('select id, tags, origin from content_changes where id > ? order by id limit ?')
  }

  /** The newest generation: where a process with empty caches starts. */
  latestId(): number {
    return this.latest.get()?.id ?? 0
  }

  since(seenId: number, limit = 500): ContentChangeRow[] {
    return this.after.all(seenId, limit).map((row) => ({ id: row.id, origin: row.origin, tags: parseTags(row.tags) }))
  }
}

function parseTags(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw)
    return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : []
  } catch {
    return []
  }
}
