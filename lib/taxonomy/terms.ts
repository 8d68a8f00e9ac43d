import { categoryAndDescendantIds } from '@/lib/content/category-tree'

type TreeNode = { id: number; parentId: number | null }

/** A category may sit under any category but itself and those below it (WordPress hides them too). */
export function canBeParent(categoryId: number, parentId: number | null, all: readonly TreeNode[]): boolean {
  if (parentId === null) return true
  return !categoryAndDescendantIds(categoryId, all).includes(parentId)
}

/** The categories in tree order (parents before children, siblings by name) with their depth. */
export function flattenCategoryTree<T extends TreeNode & { name: string }>(all: readonly T[]): { category: T; depth: number }[] {
  const ids = new Set(all.map((category) => category.id))
  const childrenOf = new Map<number | null, T[]>()
  for (const category of all) {
    const parentKey = category.parentId !== null && ids.has(category.parentId) ? category.parentId : null
    childrenOf.set(parentKey, [...(childrenOf.get(parentKey) ?? []), category])
  }
  const rows: { category: T; depth: number }[] = []
  const visited = new Set<number>()
  const visit = (parentKey: number | null, depth: number) => {
    const siblings = [...(childrenOf.get(parentKey) ?? [])].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
    for (const category of siblings) {
      if (visited.has(category.id)) continue
      visited.add(category.id)
      rows.push({ category, depth })
      visit(category.id, depth + 1)
    }
  }
  visit(null, 0)
  return rows
}

export type PostTerms = { categoryIds: readonly number[]; primaryCategoryId: number | null }

/**
 * A post's categories once `removedId` is gone. Merged: the target takes its place. Deleted: the post
 * keeps its other categories, and one left with none gets the default, as WordPress does. The primary
 * category follows the same way, or falls to the first remaining one. The default is asked for only
 * when needed, since finding it may mean creating it.
 */
export function categoriesWithout(
  post: PostTerms,
  removedId: number,
  replacement: { mergeTargetId: number } | { defaultCategoryId: () => number },
): { categoryIds: number[]; primaryCategoryId: number } {
  const kept = [...new Set(post.categoryIds)].filter((id) => id !== removedId)
  const substitute = 'mergeTargetId' in replacement ? replacement.mergeTargetId : kept.length === 0 ? replacement.defaultCategoryId() : null
  const categoryIds = substitute === null || kept.includes(substitute) ? kept : [...kept, substitute]
  const primary = post.primaryCategoryId
  const isPrimaryKept = primary !== null && primary !== removedId && categoryIds.includes(primary)
  const primaryCategoryId = isPrimaryKept ? primary : primary === removedId && substitute !== null ? substitute : (categoryIds[0] as number)
  return { categoryIds, primaryCategoryId }
}

/** The fallback category: the setting when it names a category that exists, else the one slugged "uncategorized". */
export function defaultCategoryChoice(settingId: number | null, existingIds: ReadonlySet<number>): { id: number } | { slug: 'uncategorized' } {
  return settingId !== null && existingIds.has(settingId) ? { id: settingId } : { slug: 'uncategorized' }
}
