import 'server-only'
import { sql } from 'drizzle-orm'
import { matchEnd, matchStart } from '@/lib/search/snippet'
import { db } from '../client'
import { listPublishedPagePaths } from './posts'

export type SearchResult = {
  id: number
  type: 'post' | 'page'
  path: string
  // Title and snippet with matches between lib/search/snippet.ts markers; plain text otherwise.
  markedTitle: string
  markedSnippet: string
  publishedAt: number | null
}

// Published posts and pages matching an FTS5 expression from lib/search/query.ts, best first: `rank`
// is bm25 weighted title first (db/migrations/0001_search_index.sql), which holds only published items;
// the status check below is a second guard. Three steps, because SQLite computes a query's columns
// for every matching row before sorting: ranking ids alone, then snippets for one page of them only,
// keeps a common word (thousands of matches) cheap.
export async function listSearchResults(match: string, page: number, perPage: number): Promise<{ results: SearchResult[]; total: number }> {
  const [count] = await db.all<{ total: number }>(sql`select count(*) as total from search_index where search_index match ${match}`)
  const ranked = await db.all<{ id: number }>(sql`
    select rowid as id from search_index where search_index match ${match}
    order by rank, rowid desc limit ${perPage} offset ${(page - 1) * perPage}`)
  const ids = ranked.map((row) => row.id)
  const found =
    ids.length === 0
      ? []
      : await db.all<{ id: number; type: 'post' | 'page'; slug: string; markedTitle: string; markedSnippet: string; publishedAt: number | null }>(sql`
    select p.id as id, p.type as type, p.slug as slug, p.published_at as publishedAt,
      highlight(search_index, 0, ${matchStart}, ${matchEnd}) as markedTitle,
      -- A password-protected post's text is never shown before its password (docs/decisions/0017).
      case when p.password = '' then snippet(search_index, 1, ${matchStart}, ${matchEnd}, '…', 32) else '' end as markedSnippet
    from search_index join posts p on p.id = search_index.rowid
    where search_index match ${match} and search_index.rowid in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) and p.status = 'published'`)
  const byId = new Map(found.map((row) => [row.id, row]))
  const rows = ids.flatMap((id) => byId.get(id) ?? [])
  const pagePaths = rows.some((row) => row.type === 'page')
    ? new Map((await listPublishedPagePaths()).map((entry) => [entry.id, entry.path]))
    : new Map<number, string>()
  return {
    total: count?.total ?? 0,
    results: rows.map(({ slug, ...row }) => ({ ...row, path: row.type === 'page' ? (pagePaths.get(row.id) ?? `/${slug}`) : `/${slug}` })),
  }
}
