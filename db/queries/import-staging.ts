import 'server-only'
import { rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { WxrAuthor, WxrComment, WxrItem, WxrRecord, WxrSite, WxrTerm } from '@/lib/wxr/records'

// The staging file of an import: parsed records land here as the file streams in, so memory stays
// flat, and the real database is touched only once the whole file has parsed (docs/decisions/0017).

const BATCH = 2000

export class ImportStaging {
  private readonly sqlite: Database.Database
  private readonly insert: Database.Statement
  private pending: [string, string, number, string][] = []

  constructor(private readonly file: string) {
    rmSync(file, { force: true })
    this.sqlite = new Database(file)
    this.sqlite.pragma('journal_mode = OFF')
    this.sqlite.pragma('synchronous = OFF')
    this.sqlite.exec(
      'CREATE TABLE records (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, sub TEXT NOT NULL, wordpress_id INTEGER NOT NULL, payload TEXT NOT NULL)',
    )
    this.insert = this.sqlite.prepare('INSERT INTO records (kind, sub, wordpress_id, payload) VALUES (?, ?, ?, ?)')
  }

  add(record: WxrRecord): void {
    const sub = record.kind === 'item' ? record.postType : record.kind === 'term' ? record.taxonomy : ''
    const wordpressId = record.kind === 'item' || record.kind === 'comment' ? record.wordpressId : 0
    this.pending.push([record.kind, sub, wordpressId, JSON.stringify(record)])
    if (this.pending.length >= BATCH) this.flush()
  }

  flush(): void {
    const rows = this.pending
    this.pending = []
    this.sqlite.transaction(() => {
      for (const row of rows) this.insert.run(...row)
    })()
  }

  /** Indexes for the reads of the apply step; call once after the last add. */
  finish(): void {
    this.flush()
    this.sqlite.exec('CREATE INDEX records_kind ON records (kind, sub, seq)')
  }

  private *read<T>(kind: string, sub?: string): Generator<T> {
    const statement =
      sub === undefined
        ? this.sqlite.prepare('SELECT payload FROM records WHERE kind = ? ORDER BY seq')
        : this.sqlite.prepare('SELECT payload FROM records WHERE kind = ? AND sub = ? ORDER BY seq')
    const rows = (sub === undefined ? statement.iterate(kind) : statement.iterate(kind, sub)) as IterableIterator<{ payload: string }>
    for (const row of rows) yield JSON.parse(row.payload) as T
  }

  site(): WxrSite | null {
    for (const site of this.read<WxrSite>('site')) return site
    return null
  }

  authors(): Generator<WxrAuthor> {
    return this.read<WxrAuthor>('author')
  }

  terms(taxonomy: WxrTerm['taxonomy']): Generator<WxrTerm> {
    return this.read<WxrTerm>('term', taxonomy)
  }

  items(postType: string): Generator<WxrItem> {
    return this.read<WxrItem>('item', postType)
  }

  /** Items of the types no step imports, for the report. */
  *otherItems(knownTypes: readonly string[]): Generator<WxrItem> {
    const placeholders = knownTypes.map(() => '?').join(', ')
    const rows = this.sqlite
      .prepare(`SELECT payload FROM records WHERE kind = 'item' AND sub NOT IN (${placeholders}) ORDER BY seq`)
      .iterate(...knownTypes) as IterableIterator<{ payload: string }>
    for (const row of rows) yield JSON.parse(row.payload) as WxrItem
  }

  comments(): Generator<WxrComment> {
    return this.read<WxrComment>('comment')
  }

  countItems(): number {
    return (this.sqlite.prepare("SELECT count(*) AS n FROM records WHERE kind IN ('item', 'comment')").get() as { n: number }).n
  }

  close(): void {
    this.sqlite.close()
    rmSync(this.file, { force: true })
  }
}
