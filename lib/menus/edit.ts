// Rules for editing a menu's structure. Every function takes the flat list of a menu's items and
// returns the whole list again with parents and positions renumbered 0..n per parent, so the caller
// can write it back as it is. An item whose parent is missing counts as top level, as in tree.ts.

export type MenuNode = { id: number; parentId: number | null; position: number }

export type MenuMove = 'up' | 'down' | 'in' | 'out'

export type Placement = 'before' | 'after' | 'inside'

type Children = Map<number | null, number[]>

function childrenOf(nodes: readonly MenuNode[]): Children {
  const ids = new Set(nodes.map((node) => node.id))
  const sorted = [...nodes].sort((a, b) => a.position - b.position || a.id - b.id)
  const children: Children = new Map()
  for (const node of sorted) {
    const parentKey = node.parentId !== null && ids.has(node.parentId) && node.parentId !== node.id ? node.parentId : null
    const siblings = children.get(parentKey) ?? []
    siblings.push(node.id)
    children.set(parentKey, siblings)
  }
  return children
}

// Depth-first order with each item's depth (0 = top level). Items caught in a parent cycle, which
// no rule here creates, are shown at the top level so the author can still move them out.
export function menuOutline(nodes: readonly MenuNode[]): { id: number; parentId: number | null; depth: number }[] {
  const children = childrenOf(nodes)
  const outline: { id: number; parentId: number | null; depth: number }[] = []
  const visited = new Set<number>()
  const visit = (parentKey: number | null, depth: number) => {
    for (const id of children.get(parentKey) ?? []) {
      if (visited.has(id)) continue
      visited.add(id)
      outline.push({ id, parentId: parentKey, depth })
      visit(id, depth + 1)
    }
  }
  visit(null, 0)
  for (const node of nodes) {
    if (visited.has(node.id)) continue
    visited.add(node.id)
    outline.push({ id: node.id, parentId: null, depth: 0 })
    visit(node.id, 1)
  }
  return outline
}

function toNodes(children: Children): MenuNode[] {
  const nodes: MenuNode[] = []
  for (const [parentId, ids] of children) ids.forEach((id, position) => nodes.push({ id, parentId, position }))
  return nodes.sort((a, b) => a.id - b.id)
}

// The current structure, repaired: parents that exist, no cycles, positions 0..n.
export function normalizeMenu(nodes: readonly MenuNode[]): MenuNode[] {
  const children: Children = new Map()
  for (const entry of menuOutline(nodes)) {
    const siblings = children.get(entry.parentId) ?? []
    siblings.push(entry.id)
    children.set(entry.parentId, siblings)
  }
  return toNodes(children)
}

function locate(children: Children, id: number): { parentId: number | null; siblings: number[]; index: number } | null {
  for (const [parentId, siblings] of children) {
    const index = siblings.indexOf(id)
    if (index >= 0) return { parentId, siblings, index }
  }
  return null
}

function structureOf(nodes: readonly MenuNode[]): Children {
  const children: Children = new Map()
  for (const node of normalizeMenu(nodes).sort((a, b) => a.position - b.position)) {
    const siblings = children.get(node.parentId) ?? []
    siblings.push(node.id)
    children.set(node.parentId, siblings)
  }
  return children
}

// Which moves make sense for an item, so the editor offers only those buttons.
export function availableMoves(nodes: readonly MenuNode[], id: number): Set<MenuMove> {
  const place = locate(structureOf(nodes), id)
  const moves = new Set<MenuMove>()
  if (!place) return moves
  if (place.index > 0) moves.add('up').add('in')
  if (place.index < place.siblings.length - 1) moves.add('down')
  if (place.parentId !== null) moves.add('out')
  return moves
}

// Up and down swap with the neighbouring sibling; in makes the item the last child of the sibling
// above it; out puts it right after its old parent, one level up. Its own children always go along.
// An impossible move (the first item moving up) returns null, so the caller can say so.
export function moveMenuItem(nodes: readonly MenuNode[], id: number, move: MenuMove): MenuNode[] | null {
  const children = structureOf(nodes)
  const place = locate(children, id)
  if (!place) return null
  const { siblings, index, parentId } = place
  if (move === 'up' || move === 'down') {
    const other = move === 'up' ? index - 1 : index + 1
    const otherId = siblings[other]
    if (otherId === undefined || other < 0) return null
    siblings[other] = id
    siblings[index] = otherId
    return toNodes(children)
  }
  if (move === 'in') {
    const newParentId = siblings[index - 1]
    if (newParentId === undefined || index === 0) return null
    siblings.splice(index, 1)
    children.set(newParentId, [...(children.get(newParentId) ?? []), id])
    return toNodes(children)
  }
  if (parentId === null) return null
  const parentPlace = locate(children, parentId)
  if (!parentPlace) return null
  siblings.splice(index, 1)
  parentPlace.siblings.splice(parentPlace.index + 1, 0, id)
  return toNodes(children)
}

// WordPress keeps the children of a removed item: they take its place, in their order.
export function removeMenuItem(nodes: readonly MenuNode[], id: number): MenuNode[] | null {
  const children = structureOf(nodes)
  const place = locate(children, id)
  if (!place) return null
  const orphans = children.get(id) ?? []
  children.delete(id)
  place.siblings.splice(place.index, 1, ...orphans)
  return toNodes(children)
}

// Dragging: put an item before or after another, or make it the other's last child.
export function placeMenuItem(nodes: readonly MenuNode[], id: number, targetId: number, placement: Placement): MenuNode[] | null {
  if (id === targetId) return null
  const children = structureOf(nodes)
  const place = locate(children, id)
  if (!place || !locate(children, targetId)) return null
  if (isDescendant(children, targetId, id)) return null
  place.siblings.splice(place.index, 1)
  if (placement === 'inside') {
    children.set(targetId, [...(children.get(targetId) ?? []), id])
    return toNodes(children)
  }
  const target = locate(children, targetId)
  if (!target) return null
  target.siblings.splice(placement === 'before' ? target.index : target.index + 1, 0, id)
  return toNodes(children)
}

function isDescendant(children: Children, candidateId: number, ancestorId: number): boolean {
  const stack = [...(children.get(ancestorId) ?? [])]
  const seen = new Set<number>()
  while (stack.length > 0) {
    const next = stack.pop() as number
    if (next === candidateId) return true
    if (seen.has(next)) continue
    seen.add(next)
    stack.push(...(children.get(next) ?? []))
  }
  return false
}

export type StructureCheck = { ok: true; nodes: MenuNode[] } | { ok: false; reason: string }

// A whole structure sent by the browser (after a drag): it must hold exactly the menu's items, each
// once, with parents from the same menu and no item under itself. Positions are renumbered.
export function validateStructure(currentIds: readonly number[], proposed: readonly MenuNode[]): StructureCheck {
  const expected = new Set(currentIds)
  const seen = new Set<number>()
  for (const node of proposed) {
    if (!expected.has(node.id)) return { ok: false, reason: 'The menu has changed since this page was loaded.' }
    if (seen.has(node.id)) return { ok: false, reason: 'An item appears twice.' }
    seen.add(node.id)
  }
  if (seen.size !== expected.size) return { ok: false, reason: 'The menu has changed since this page was loaded.' }
  const parentOf = new Map(proposed.map((node) => [node.id, node.parentId]))
  for (const node of proposed) {
    if (node.parentId !== null && !expected.has(node.parentId)) return { ok: false, reason: 'An item points to a parent that is not in this menu.' }
    const path = new Set<number>([node.id])
    for (let current = node.parentId; current !== null; current = parentOf.get(current) ?? null) {
      if (path.has(current)) return { ok: false, reason: 'An item cannot sit under itself.' }
      path.add(current)
    }
  }
  return { ok: true, nodes: normalizeMenu(proposed) }
}
