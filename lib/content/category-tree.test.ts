import { describe, expect, it } from 'vitest'
import { categoryAndDescendantIds } from './category-tree'

describe('categoryAndDescendantIds', () => {
  it('collects every level below and survives cycles', () => {
    const all = [
      { id: 1, parentId: null },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
      { id: 4, parentId: null },
      { id: 5, parentId: 6 },
      { id: 6, parentId: 5 },
    ]
    expect(categoryAndDescendantIds(1, all).sort()).toEqual([1, 2, 3])
    expect(categoryAndDescendantIds(4, all)).toEqual([4])
    expect(categoryAndDescendantIds(5, all).sort()).toEqual([5, 6])
  })
})
