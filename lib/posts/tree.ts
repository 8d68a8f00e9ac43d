/**
 * Whether putting page `id` under `parentId` would make a loop: a page may not sit under itself or
 * under one of its own subpages. `parentOf` reads one page's current parent. Stops looking after 50
 * levels, so a stored tree that already has a cycle cannot hang the save.
 */
export async function isParentLoop(id: number | null, parentId: number | null, parentOf: (pageId: number) => Promise<number | null>): Promise<boolean> {
  if (id === null || parentId === null) return false
  let current: number | null = parentId
  for (let depth = 0; current !== null && depth < 50; depth += 1) {
    if (current === id) return true
    current = await parentOf(current)
  }
  return false
}
