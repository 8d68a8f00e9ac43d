// A category archive lists the posts of the category and of every category below it, as WordPress does.
export function categoryAndDescendantIds(rootId: number, all: readonly { id: number; parentId: number | null }[]): number[] {
  const childrenOf = new Map<number, number[]>()
  for (const category of all) {
    if (category.parentId === null) continue
    const siblings = childrenOf.get(category.parentId) ?? []
    siblings.push(category.id)
    childrenOf.set(category.parentId, siblings)
  }
  const found = new Set<number>([rootId])
  const queue = [rootId]
  while (queue.length > 0) {
    const id = queue.shift() as number
    for (const child of childrenOf.get(id) ?? []) {
      if (found.has(child)) continue
      found.add(child)
      queue.push(child)
    }
  }
  return [...found]
}
