import { describe, expect, it } from 'vitest'
import { categoryHref, categoryPath, pageBreadcrumbs, postBreadcrumbs, resolveCategoryPath, type CategoryNode } from './breadcrumbs'

const categories: CategoryNode[] = [
  { id: 1, name: 'Conditions', slug: 'conditions', parentId: null },
  { id: 2, name: 'Fibromyalgia', slug: 'fibromyalgia', parentId: 1 },
  { id: 3, name: 'Flares', slug: 'flares', parentId: 2 },
  { id: 4, name: 'Tips & Tricks', slug: 'tips-tricks', parentId: null },
  { id: 5, name: 'Fibromyalgia tips', slug: 'fibromyalgia', parentId: 4 },
  { id: 6, name: 'Orphan', slug: 'orphan', parentId: 99 },
  { id: 7, name: 'Loop A', slug: 'loop-a', parentId: 8 },
  { id: 8, name: 'Loop B', slug: 'loop-b', parentId: 7 },
]

describe('categoryPath', () => {
  it('returns the ancestors root first', () => {
    expect(categoryPath(3, categories).map((category) => category.id)).toEqual([1, 2, 3])
    expect(categoryPath(1, categories).map((category) => category.id)).toEqual([1])
  })

  it('is empty for an unknown id', () => {
    expect(categoryPath(42, categories)).toEqual([])
  })

  it('stops at a missing parent', () => {
    expect(categoryPath(6, categories).map((category) => category.id)).toEqual([6])
  })

  it('stops at a loop', () => {
    expect(categoryPath(7, categories).map((category) => category.id)).toEqual([8, 7])
  })
})

describe('categoryHref', () => {
  it('joins the slugs of the path', () => {
    expect(categoryHref(2, categories)).toBe('/category/conditions/fibromyalgia')
    expect(categoryHref(3, categories)).toBe('/category/conditions/fibromyalgia/flares')
    expect(categoryHref(4, categories)).toBe('/category/tips-tricks')
  })

  it('falls back to the home page for an unknown id', () => {
    expect(categoryHref(42, categories)).toBe('/')
  })

  it('encodes odd slugs', () => {
    expect(categoryHref(1, [{ id: 1, name: 'x', slug: 'a b/c', parentId: null }])).toBe('/category/a%20b%2Fc')
  })
})

describe('postBreadcrumbs', () => {
  it('is Home, the category path and the title', () => {
    expect(postBreadcrumbs({ title: 'Memantine and fibromyalgia', primaryCategoryId: 2 }, categories)).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Conditions', href: '/category/conditions' },
      { label: 'Fibromyalgia', href: '/category/conditions/fibromyalgia' },
      { label: 'Memantine and fibromyalgia', href: null },
    ])
  })

  it('skips categories when the post has none or it is gone', () => {
    const expected = [
      { label: 'Home', href: '/' },
      { label: 'Hello', href: null },
    ]
    expect(postBreadcrumbs({ title: 'Hello', primaryCategoryId: null }, categories)).toEqual(expected)
    expect(postBreadcrumbs({ title: 'Hello', primaryCategoryId: 42 }, categories)).toEqual(expected)
  })
})

describe('pageBreadcrumbs', () => {
  it('is Home, the ancestors and the title', () => {
    expect(pageBreadcrumbs('What’s Helped Me Most', [{ title: 'About', path: '/about' }])).toEqual([
      { label: 'Home', href: '/' },
      { label: 'About', href: '/about' },
      { label: 'What’s Helped Me Most', href: null },
    ])
  })

  it('adds a leading slash to ancestor paths that lack one', () => {
    expect(
      pageBreadcrumbs('C', [
        { title: 'A', path: 'a' },
        { title: 'B', path: 'a/b' },
      ]).map((crumb) => crumb.href),
    ).toEqual(['/', '/a', '/a/b', null])
  })

  it('works for a top-level page', () => {
    expect(pageBreadcrumbs('About', [])).toEqual([
      { label: 'Home', href: '/' },
      { label: 'About', href: null },
    ])
  })
})

describe('resolveCategoryPath', () => {
  it('walks slugs from a root', () => {
    expect(resolveCategoryPath(['conditions'], categories)?.id).toBe(1)
    expect(resolveCategoryPath(['conditions', 'fibromyalgia'], categories)?.id).toBe(2)
    expect(resolveCategoryPath(['conditions', 'fibromyalgia', 'flares'], categories)?.id).toBe(3)
  })

  it('tells apart categories sharing a slug under different parents', () => {
    expect(resolveCategoryPath(['tips-tricks', 'fibromyalgia'], categories)?.id).toBe(5)
  })

  it('returns null when a segment does not match the tree', () => {
    expect(resolveCategoryPath(['fibromyalgia'], categories)).toBeNull()
    expect(resolveCategoryPath(['conditions', 'flares'], categories)).toBeNull()
    expect(resolveCategoryPath(['conditions', 'nope'], categories)).toBeNull()
    expect(resolveCategoryPath(['conditions', 'fibromyalgia', 'flares', 'more'], categories)).toBeNull()
    expect(resolveCategoryPath([], categories)).toBeNull()
  })

  it('resolves every href that categoryHref builds, including orphans', () => {
    for (const id of [1, 2, 3, 4, 5, 6]) {
      const segments = categoryHref(id, categories).split('/').slice(2).map(decodeURIComponent)
      expect(resolveCategoryPath(segments, categories)?.id).toBe(id)
    }
  })

  it('does not loop on cyclic data', () => {
    expect(resolveCategoryPath(['loop-a', 'loop-b'], categories)).toBeNull()
  })
})
