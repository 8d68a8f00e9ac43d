export type MenuItemRow = {
  id: number
  parentId: number | null
  position: number
  label: string
  kind: 'page' | 'category' | 'post' | 'custom'
  targetId: number | null
  url: string
}

export type MenuLink = { id: number; label: string; href: string; children: MenuLink[] }

export type MenuTarget = { label: string; href: string }

// Builds the nested menu. Items whose target no longer exists (a trashed page, a deleted category) are
// left out together with their children, as WordPress hides them; an item whose parent is missing is
// shown at the top level. Cycles in parentId are broken by visiting each item once.
export function buildMenuTree(items: readonly MenuItemRow[], resolveTarget: (item: MenuItemRow) => MenuTarget | null): MenuLink[] {
  const childrenOf = new Map<number | null, MenuItemRow[]>()
  const ids = new Set(items.map((item) => item.id))
  for (const item of items) {
    const parentKey = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null
    const siblings = childrenOf.get(parentKey) ?? []
    siblings.push(item)
    childrenOf.set(parentKey, siblings)
  }
  const visited = new Set<number>()
  const build = (parentKey: number | null): MenuLink[] => {
    const siblings = [...(childrenOf.get(parentKey) ?? [])].sort((a, b) => a.position - b.position || a.id - b.id)
    const links: MenuLink[] = []
    for (const item of siblings) {
      if (visited.has(item.id)) continue
      visited.add(item.id)
      const target = resolveTarget(item)
      if (!target) continue
      links.push({ id: item.id, label: item.label.trim() || target.label, href: target.href, children: build(item.id) })
    }
    return links
  }
  return build(null)
}
