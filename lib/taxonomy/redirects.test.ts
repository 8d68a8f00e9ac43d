import { describe, expect, it } from 'vitest'
import { routes } from '@/lib/routes'
import { archivePath, categoryPaths, movedPaths, oldArchiveLookup, planRedirects } from './redirects'

const tagPath = routes.tag

const tree = [
  { id: 1, name: 'Conditions', slug: 'conditions', parentId: null },
  { id: 2, name: 'Fibromyalgia', slug: 'fibromyalgia', parentId: 1 },
  { id: 3, name: 'Flares', slug: 'flares', parentId: 2 },
  { id: 4, name: 'Coping', slug: 'coping', parentId: null },
]

describe('categoryPaths and movedPaths', () => {
  it('moves a renamed category and every category below it', () => {
    const before = categoryPaths(tree)
    const after = categoryPaths(tree.map((category) => (category.id === 1 ? { ...category, slug: 'health' } : category)))
    expect(movedPaths(before, after)).toEqual([
      { fromPath: '/category/conditions', toPath: '/category/health' },
      { fromPath: '/category/conditions/fibromyalgia', toPath: '/category/health/fibromyalgia' },
      { fromPath: '/category/conditions/fibromyalgia/flares', toPath: '/category/health/fibromyalgia/flares' },
    ])
  })

  it('sends a merged category to its target and leaves unchanged and deleted ones alone', () => {
    const before = categoryPaths(tree)
    const afterMerge = categoryPaths(
      tree.filter((category) => category.id !== 2).map((category) => (category.id === 3 ? { ...category, parentId: 4 } : category)),
    )
    expect(movedPaths(before, afterMerge, new Map([[2, 4]]))).toEqual([
      { fromPath: '/category/conditions/fibromyalgia', toPath: '/category/coping' },
      { fromPath: '/category/conditions/fibromyalgia/flares', toPath: '/category/coping/flares' },
    ])
    expect(movedPaths(before, categoryPaths(tree.filter((category) => category.id !== 4)))).toEqual([])
  })

  it('builds tag paths and encodes odd slugs as categoryHref does', () => {
    expect(tagPath('pacing')).toBe('/tag/pacing')
    expect(tagPath('a b')).toBe('/tag/a%20b')
  })
})

describe('planRedirects', () => {
  it('adds a redirect for each move', () => {
    expect(planRedirects([], [{ fromPath: '/tag/a', toPath: '/tag/b' }], new Set(['/tag/b']))).toEqual({
      upserts: [{ fromPath: '/tag/a', toPath: '/tag/b' }],
      deleteFromPaths: [],
    })
  })

  it('collapses chains: an older redirect to the moved URL now points at the new one', () => {
    const plan = planRedirects([{ fromPath: '/tag/a', toPath: '/tag/b' }], [{ fromPath: '/tag/b', toPath: '/tag/c' }], new Set(['/tag/c']))
    expect(plan.upserts).toEqual(
      expect.arrayContaining([
        { fromPath: '/tag/a', toPath: '/tag/c' },
        { fromPath: '/tag/b', toPath: '/tag/c' },
      ]),
    )
    expect(plan.upserts).toHaveLength(2)
    expect(plan.deleteFromPaths).toEqual([])
  })

  it('drops the redirect away from a URL that is live again (renamed back)', () => {
    const plan = planRedirects([{ fromPath: '/tag/a', toPath: '/tag/b' }], [{ fromPath: '/tag/b', toPath: '/tag/a' }], new Set(['/tag/a']))
    expect(plan).toEqual({ upserts: [{ fromPath: '/tag/b', toPath: '/tag/a' }], deleteFromPaths: ['/tag/a'] })
  })

  it('drops a redirect whose path a new term takes, and leaves unrelated ones', () => {
    const existing = [
      { fromPath: '/tag/old', toPath: '/tag/new' },
      { fromPath: '/tag/x', toPath: '/tag/y' },
    ]
    expect(planRedirects(existing, [], new Set(['/tag/old', '/tag/new', '/tag/y']))).toEqual({ upserts: [], deleteFromPaths: ['/tag/old'] })
  })

  it('writes nothing for a redirect that already says the same', () => {
    expect(planRedirects([{ fromPath: '/tag/a', toPath: '/tag/b' }], [{ fromPath: '/tag/a', toPath: '/tag/b' }], new Set(['/tag/b']))).toEqual({
      upserts: [],
      deleteFromPaths: [],
    })
  })
})

describe('archivePath', () => {
  it('joins the segments under their base, re-encoded', () => {
    expect(archivePath('category', ['conditions', 'fibromyalgia'])).toBe('/category/conditions/fibromyalgia')
    expect(archivePath('tag', ['a%20b'])).toBe('/tag/a%20b')
    expect(archivePath('tag', ['a b'])).toBe('/tag/a%20b')
  })

  it('gives null for a malformed escape', () => {
    expect(archivePath('tag', ['%E0%A4%A'])).toBeNull()
  })
})

describe('oldArchiveLookup', () => {
  it('keeps the /page/N tail apart from the path to look up', () => {
    expect(oldArchiveLookup('category', ['conditions', 'fibro'])).toEqual({ fromPath: '/category/conditions/fibro', pageSuffix: '' })
    expect(oldArchiveLookup('tag', ['pacing', 'page', '3'])).toEqual({ fromPath: '/tag/pacing', pageSuffix: '/page/3' })
  })

  it('gives null for a malformed page tail or an empty path', () => {
    expect(oldArchiveLookup('tag', ['pacing', 'page', '1'])).toBeNull()
    expect(oldArchiveLookup('category', ['page', '2'])).toBeNull()
  })
})
