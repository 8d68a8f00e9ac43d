import { describe, expect, it } from 'vitest'
import { availableMoves, menuOutline, moveMenuItem, normalizeMenu, placeMenuItem, removeMenuItem, validateStructure, type MenuNode } from './edit'

const node = (id: number, parentId: number | null, position: number): MenuNode => ({ id, parentId, position })

// 1 ─ 2 ─ 3
//   └ 4
// 5
// 6
const menu = [node(1, null, 0), node(2, 1, 0), node(3, 2, 0), node(4, 1, 1), node(5, null, 1), node(6, null, 2)]

// The outline as "id@depth", which shows order and nesting at once.
const outline = (nodes: readonly MenuNode[] | null) => (nodes ? menuOutline(nodes).map((entry) => `${entry.id}@${entry.depth}`) : null)

describe('menuOutline', () => {
  it('lists items depth first, siblings by position', () => {
    expect(outline(menu)).toEqual(['1@0', '2@1', '3@2', '4@1', '5@0', '6@0'])
  })

  it('shows items with a missing parent and items in a cycle at the top level', () => {
    expect(outline([node(1, 99, 0), node(2, 3, 0), node(3, 2, 0)])).toEqual(['1@0', '2@0', '3@1'])
  })
})

describe('normalizeMenu', () => {
  it('renumbers positions from zero per parent', () => {
    expect(normalizeMenu([node(1, null, 5), node(2, null, 9), node(3, 1, 4)])).toEqual([node(1, null, 0), node(2, null, 1), node(3, 1, 0)])
  })
})

describe('moveMenuItem', () => {
  it('moves up and down among siblings, taking children along', () => {
    expect(outline(moveMenuItem(menu, 5, 'up'))).toEqual(['5@0', '1@0', '2@1', '3@2', '4@1', '6@0'])
    expect(outline(moveMenuItem(menu, 2, 'down'))).toEqual(['1@0', '4@1', '2@1', '3@2', '5@0', '6@0'])
  })

  it('moves in under the previous sibling, as its last child', () => {
    expect(outline(moveMenuItem(menu, 5, 'in'))).toEqual(['1@0', '2@1', '3@2', '4@1', '5@1', '6@0'])
    expect(outline(moveMenuItem(menu, 4, 'in'))).toEqual(['1@0', '2@1', '3@2', '4@2', '5@0', '6@0'])
  })

  it('moves out to right after its old parent', () => {
    expect(outline(moveMenuItem(menu, 2, 'out'))).toEqual(['1@0', '4@1', '2@0', '3@1', '5@0', '6@0'])
    expect(outline(moveMenuItem(menu, 3, 'out'))).toEqual(['1@0', '2@1', '3@1', '4@1', '5@0', '6@0'])
  })

  it('refuses moves that make no sense', () => {
    expect(moveMenuItem(menu, 1, 'up')).toBeNull()
    expect(moveMenuItem(menu, 6, 'down')).toBeNull()
    expect(moveMenuItem(menu, 2, 'in')).toBeNull()
    expect(moveMenuItem(menu, 1, 'out')).toBeNull()
    expect(moveMenuItem(menu, 42, 'down')).toBeNull()
  })

  it('builds three levels from a flat list', () => {
    const flat = [node(10, null, 0), node(11, null, 1), node(12, null, 2)]
    const twoLevels = moveMenuItem(flat, 11, 'in')
    const alsoUnderTop = moveMenuItem(twoLevels ?? [], 12, 'in')
    expect(outline(moveMenuItem(alsoUnderTop ?? [], 12, 'in'))).toEqual(['10@0', '11@1', '12@2'])
  })
})

describe('availableMoves', () => {
  it('offers only the moves that change something', () => {
    expect([...availableMoves(menu, 1)].sort()).toEqual(['down'])
    expect([...availableMoves(menu, 4)].sort()).toEqual(['in', 'out', 'up'])
    expect([...availableMoves(menu, 3)].sort()).toEqual(['out'])
    expect([...availableMoves(menu, 42)]).toEqual([])
  })
})

describe('removeMenuItem', () => {
  it('puts the children where the removed item was, in order', () => {
    expect(outline(removeMenuItem(menu, 1))).toEqual(['2@0', '3@1', '4@0', '5@0', '6@0'])
    expect(removeMenuItem(menu, 1)?.find((entry) => entry.id === 4)).toEqual(node(4, null, 1))
  })

  it('returns null for an unknown item', () => {
    expect(removeMenuItem(menu, 42)).toBeNull()
  })
})

describe('placeMenuItem', () => {
  it('places before, after and inside another item', () => {
    expect(outline(placeMenuItem(menu, 6, 1, 'before'))).toEqual(['6@0', '1@0', '2@1', '3@2', '4@1', '5@0'])
    expect(outline(placeMenuItem(menu, 6, 3, 'after'))).toEqual(['1@0', '2@1', '3@2', '6@2', '4@1', '5@0'])
    expect(outline(placeMenuItem(menu, 5, 3, 'inside'))).toEqual(['1@0', '2@1', '3@2', '5@3', '4@1', '6@0'])
  })

  it('refuses to put an item under itself or its own children', () => {
    expect(placeMenuItem(menu, 1, 3, 'inside')).toBeNull()
    expect(placeMenuItem(menu, 1, 2, 'after')).toBeNull()
    expect(placeMenuItem(menu, 1, 1, 'before')).toBeNull()
  })
})

describe('validateStructure', () => {
  const ids = menu.map((entry) => entry.id)

  it('accepts the same items in a new shape and renumbers positions', () => {
    const result = validateStructure(ids, [node(1, null, 3), node(2, null, 7), node(3, 2, 1), node(4, 3, 0), node(5, null, 9), node(6, 4, 0)])
    expect(result.ok).toBe(true)
    if (result.ok) expect(outline(result.nodes)).toEqual(['1@0', '2@0', '3@1', '4@2', '6@3', '5@0'])
  })

  it('refuses missing, extra and repeated items', () => {
    expect(validateStructure(ids, menu.slice(1)).ok).toBe(false)
    expect(validateStructure(ids, [...menu, node(7, null, 3)]).ok).toBe(false)
    expect(validateStructure(ids, [...menu.slice(1), node(2, null, 0)]).ok).toBe(false)
  })

  it('refuses unknown parents and cycles', () => {
    expect(
      validateStructure(
        ids,
        menu.map((entry) => (entry.id === 6 ? node(6, 99, 0) : entry)),
      ),
    ).toEqual({ ok: false, reason: 'An item points to a parent that is not in this menu.' })
    expect(
      validateStructure(
        ids,
        menu.map((entry) => (entry.id === 1 ? node(1, 3, 0) : entry)),
      ),
    ).toEqual({ ok: false, reason: 'An item cannot sit under itself.' })
    expect(
      validateStructure(
        ids,
        menu.map((entry) => (entry.id === 5 ? node(5, 5, 0) : entry)),
      ).ok,
    ).toBe(false)
  })
})
