import { describe, expect, it } from 'vitest'
import { canBeParent, categoriesWithout, defaultCategoryChoice, flattenCategoryTree } from './terms'

const tree = [
  { id: 1, name: 'Conditions', parentId: null },
  { id: 2, name: 'Fibromyalgia', parentId: 1 },
  { id: 3, name: 'Flares', parentId: 2 },
  { id: 4, name: 'Coping', parentId: null },
  { id: 5, name: 'Arthritis', parentId: 1 },
]

describe('canBeParent', () => {
  it('refuses the category itself and anything below it', () => {
    expect(canBeParent(1, 1, tree)).toBe(false)
    expect(canBeParent(1, 3, tree)).toBe(false)
    expect(canBeParent(2, 3, tree)).toBe(false)
  })

  it('accepts no parent, an ancestor or a separate branch', () => {
    expect(canBeParent(3, null, tree)).toBe(true)
    expect(canBeParent(3, 1, tree)).toBe(true)
    expect(canBeParent(2, 4, tree)).toBe(true)
  })
})

describe('flattenCategoryTree', () => {
  it('lists parents before children, siblings by name, with depth', () => {
    expect(flattenCategoryTree(tree).map(({ category, depth }) => `${depth}:${category.name}`)).toEqual([
      '0:Conditions',
      '1:Arthritis',
      '1:Fibromyalgia',
      '2:Flares',
      '0:Coping',
    ])
  })

  it('shows a category with a missing parent at the top and survives a loop', () => {
    const odd = [
      { id: 1, name: 'Orphan', parentId: 99 },
      { id: 2, name: 'Loop A', parentId: 3 },
      { id: 3, name: 'Loop B', parentId: 2 },
    ]
    expect(flattenCategoryTree(odd).map(({ category }) => category.name)).toEqual(['Orphan'])
  })
})

describe('categoriesWithout', () => {
  it('keeps the other categories and moves the primary to a remaining one on delete', () => {
    expect(categoriesWithout({ categoryIds: [2, 4], primaryCategoryId: 2 }, 2, { defaultCategoryId: () => 9 })).toEqual({
      categoryIds: [4],
      primaryCategoryId: 4,
    })
    expect(categoriesWithout({ categoryIds: [2, 4], primaryCategoryId: 4 }, 2, { defaultCategoryId: () => 9 })).toEqual({
      categoryIds: [4],
      primaryCategoryId: 4,
    })
  })

  it('gives a post left with no category the default, as primary too', () => {
    expect(categoriesWithout({ categoryIds: [2], primaryCategoryId: 2 }, 2, { defaultCategoryId: () => 9 })).toEqual({ categoryIds: [9], primaryCategoryId: 9 })
    expect(categoriesWithout({ categoryIds: [], primaryCategoryId: 2 }, 2, { defaultCategoryId: () => 9 })).toEqual({ categoryIds: [9], primaryCategoryId: 9 })
  })

  it('does not ask for the default when the post keeps a category', () => {
    const noDefault = () => {
      throw new Error('asked for the default')
    }
    expect(categoriesWithout({ categoryIds: [2, 4], primaryCategoryId: 2 }, 2, { defaultCategoryId: noDefault })).toEqual({
      categoryIds: [4],
      primaryCategoryId: 4,
    })
  })

  it('puts the merge target in place of the source without duplicates', () => {
    expect(categoriesWithout({ categoryIds: [2, 4], primaryCategoryId: 2 }, 2, { mergeTargetId: 4 })).toEqual({ categoryIds: [4], primaryCategoryId: 4 })
    expect(categoriesWithout({ categoryIds: [2, 5], primaryCategoryId: 5 }, 2, { mergeTargetId: 4 })).toEqual({ categoryIds: [5, 4], primaryCategoryId: 5 })
    expect(categoriesWithout({ categoryIds: [2], primaryCategoryId: 2 }, 2, { mergeTargetId: 4 })).toEqual({ categoryIds: [4], primaryCategoryId: 4 })
  })
})

describe('defaultCategoryChoice', () => {
  it('uses the setting when that category exists, else the uncategorized slug', () => {
    expect(defaultCategoryChoice(7, new Set([7]))).toEqual({ id: 7 })
    expect(defaultCategoryChoice(7, new Set([1]))).toEqual({ slug: 'uncategorized' })
    expect(defaultCategoryChoice(null, new Set([1]))).toEqual({ slug: 'uncategorized' })
  })
})
