import { describe, expect, it } from 'vitest'
import { buildMenuTree, type MenuItemRow } from './tree'

const item = (id: number, parentId: number | null, position: number, label = `Item ${id}`): MenuItemRow => ({
  id,
  parentId,
  position,
  label,
  kind: 'custom',
  targetId: null,
  url: `/item-${id}`,
})

const resolveUrl = (row: MenuItemRow) => ({ label: row.label, href: row.url })

describe('buildMenuTree', () => {
  it('nests three levels and orders siblings by position', () => {
    const tree = buildMenuTree([item(3, 2, 0), item(2, 1, 0), item(1, null, 1), item(4, null, 0), item(5, 1, 1)], resolveUrl)
    expect(tree.map((link) => link.id)).toEqual([4, 1])
    expect(tree[1]?.children.map((link) => link.id)).toEqual([2, 5])
    expect(tree[1]?.children[0]?.children.map((link) => link.id)).toEqual([3])
  })

  it('drops items whose target is gone, with their children', () => {
    const tree = buildMenuTree([item(1, null, 0), item(2, 1, 0), item(3, 2, 0)], (row) => (row.id === 2 ? null : resolveUrl(row)))
    expect(tree).toHaveLength(1)
    expect(tree[0]?.children).toEqual([])
  })

  it('uses the target title when the label is blank and survives cycles', () => {
    const cyclic = [{ ...item(1, 2, 0), label: ' ' }, item(2, 1, 0)]
    const tree = buildMenuTree(cyclic, (row) => ({ label: `Target ${row.id}`, href: row.url }))
    // Neither item has a real root; both parents exist, so nothing is top level and nothing loops.
    expect(tree).toEqual([])
    const orphan = buildMenuTree([{ ...item(1, 99, 0), label: '' }], (row) => ({ label: 'Target', href: row.url }))
    expect(orphan[0]?.label).toBe('Target')
  })
})
