// Bookkeeping for the change log every web process follows (docs/decisions/0025-many-processes.md).
// contentChanged() appends a row with the tags it invalidated and the process that wrote it; each
// process remembers the last row id it has applied (its generation) and, from the rows after it,
// works out which tags it must still expire in its own caches. Its own rows need nothing: that
// process invalidated its caches when it wrote them.

export type ContentChangeRow = { id: number; tags: readonly string[]; origin: string }

export type CatchUp = {
  /** The generation to remember once the tags below have been expired here. */
  seenId: number
  /** Tags changed by other processes since `seenId`, each once; empty when nothing is left to do. */
  tagsToExpire: string[]
}

export function catchUp(seenId: number, rows: readonly ContentChangeRow[], ownOrigin: string): CatchUp {
  const tags = new Set<string>()
  let latest = seenId
  for (const row of rows) {
    if (row.id <= latest) continue
    latest = row.id
    if (row.origin === ownOrigin) continue
    for (const tag of row.tags) tags.add(tag)
  }
  return { seenId: latest, tagsToExpire: [...tags] }
}
