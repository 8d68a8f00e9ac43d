import { categoryHref, type CategoryNode } from '@/lib/content/breadcrumbs'
import { splitPagination } from '@/lib/content/pagination'

export type RedirectMove = { fromPath: string; toPath: string }

/** Every category's archive URL by id (`/category/parent/child`). */
export function categoryPaths(all: readonly CategoryNode[]): Map<number, string> {
  return new Map(all.map((category) => [category.id, categoryHref(category.id, all)]))
}

/**
 * The archive URLs that moved between two snapshots of id → path. An id that is gone (a merged term)
 * moves to the path of its replacement; a deleted term without one leaves no redirect.
 */
export function movedPaths(
  before: ReadonlyMap<number, string>,
  after: ReadonlyMap<number, string>,
  replacedBy: ReadonlyMap<number, number> = new Map(),
): RedirectMove[] {
  const moves: RedirectMove[] = []
  for (const [id, fromPath] of before) {
    const replacement = replacedBy.get(id)
    const toPath = after.get(id) ?? (replacement === undefined ? undefined : after.get(replacement))
    if (toPath !== undefined && toPath !== fromPath) moves.push({ fromPath, toPath })
  }
  return moves
}

export type RedirectPlan = { upserts: RedirectMove[]; deleteFromPaths: string[] }

/**
 * What to write to the redirects table after archive URLs moved: a redirect for each move, existing
 * redirects that led to a moved URL now lead straight to its new one (no chains), and any redirect
 * away from a URL that is live again goes, so a rename back to an old slug shows the archive.
 */
export function planRedirects(existing: readonly RedirectMove[], moves: readonly RedirectMove[], livePaths: ReadonlySet<string>): RedirectPlan {
  const targetOf = new Map(existing.map((redirect) => [redirect.fromPath, redirect.toPath]))
  const movedTo = new Map(moves.map((move) => [move.fromPath, move.toPath]))
  const changed = new Map<string, string>()
  for (const [fromPath, toPath] of targetOf) {
    const collapsed = movedTo.get(toPath)
    if (collapsed !== undefined) changed.set(fromPath, collapsed)
  }
  for (const move of moves) changed.set(move.fromPath, move.toPath)

  const deleteFromPaths = new Set<string>()
  for (const fromPath of [...targetOf.keys(), ...changed.keys()]) {
    const toPath = changed.get(fromPath) ?? targetOf.get(fromPath)
    if (livePaths.has(fromPath) || toPath === fromPath) deleteFromPaths.add(fromPath)
  }
  const upserts = [...changed]
    .filter(([fromPath, toPath]) => !deleteFromPaths.has(fromPath) && targetOf.get(fromPath) !== toPath)
    .map(([fromPath, toPath]) => ({ fromPath, toPath }))
  return { upserts, deleteFromPaths: [...deleteFromPaths].filter((fromPath) => targetOf.has(fromPath)) }
}

/** The archive path a reader asked for, as the redirects table stores it: segments re-encoded like categoryHref. */
export function archivePath(base: 'category' | 'tag', segments: readonly string[]): string | null {
  try {
    return `/${base}/${segments.map((segment) => encodeURIComponent(decodeURIComponent(segment))).join('/')}`
  } catch {
    return null
  }
}

/**
 * The redirects row to look up for an archive URL that did not resolve, and the `/page/N` tail to keep
 * on the new URL. Null for a malformed path.
 */
export function oldArchiveLookup(base: 'category' | 'tag', segments: readonly string[]): { fromPath: string; pageSuffix: string } | null {
  const split = splitPagination(segments)
  if (!split || split.segments.length === 0) return null
  const fromPath = archivePath(base, split.segments)
  return fromPath === null ? null : { fromPath, pageSuffix: split.page > 1 ? `/page/${split.page}` : '' }
}
