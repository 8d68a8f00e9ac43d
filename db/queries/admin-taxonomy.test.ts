import { beforeEach, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const queries = await import('./admin-taxonomy')
const { listRedirects } = await import('./redirects')
const { authors, categories, menuItems, menus, postCategories, posts, postTags, redirects, tags } = await import('../schema')
const { eq } = await import('drizzle-orm')

let authorId = 0

beforeEach(async () => {
  for (const table of [postCategories, postTags, menuItems, menus, posts, categories, tags, redirects, authors]) await db.delete(table)
  authorId = (await db.insert(authors).values({ email: 'maren@example.com', name: 'Maren', slug: 'maren' }).returning({ id: authors.id }))[0]?.id ?? 0
})

async function category(name: string, parentId: number | null = null) {
  const id = await queries.saveCategory(null, { name, slug: name.toLowerCase(), parentId, description: '' })
  if (id === null) throw new Error('not saved')
  return id
}

async function tag(name: string) {
  const id = await queries.saveTag(null, { name, slug: name.toLowerCase(), description: '' })
  if (id === null) throw new Error('not saved')
  return id
}

async function post(slug: string, categoryIds: number[], primaryCategoryId: number | null = categoryIds[0] ?? null, tagIds: number[] = []) {
  const [row] = await db
    .insert(posts)
    .values({ slug, title: slug, authorId, status: 'published', publishedAt: 1, primaryCategoryId })
    .returning({ id: posts.id })
  if (!row) throw new Error('no post')
  for (const categoryId of categoryIds) await db.insert(postCategories).values({ postId: row.id, categoryId })
  for (const tagId of tagIds) await db.insert(postTags).values({ postId: row.id, tagId })
  return row.id
}

async function categoriesOf(postId: number) {
  const rows = await db.select({ id: postCategories.categoryId }).from(postCategories).where(eq(postCategories.postId, postId))
  const [row] = await db.select({ primary: posts.primaryCategoryId }).from(posts).where(eq(posts.id, postId))
  return { ids: rows.map((entry) => entry.id).sort((a, b) => a - b), primary: row?.primary ?? null }
}

const byId = async (id: number) => (await db.select().from(categories).where(eq(categories.id, id)))[0]

describe('saveCategory', () => {
  it('redirects the old URLs of a renamed category and of every category below it', async () => {
    const conditions = await category('Conditions')
    const fibro = await category('Fibro', conditions)
    await category('Flares', fibro)
    await queries.saveCategory(conditions, { name: 'Health', slug: 'health', parentId: null, description: '' })
    expect(await listRedirects()).toEqual([
      { fromPath: '/category/conditions', toPath: '/category/health' },
      { fromPath: '/category/conditions/fibro', toPath: '/category/health/fibro' },
      { fromPath: '/category/conditions/fibro/flares', toPath: '/category/health/fibro/flares' },
    ])
  })

  it('redirects on a parent change, collapses chains and forgets a redirect when its URL is live again', async () => {
    const coping = await category('Coping')
    const pacing = await category('Pacing')
    await queries.saveCategory(pacing, { name: 'Pacing', slug: 'pacing', parentId: coping, description: '' })
    await queries.saveCategory(pacing, { name: 'Pacing', slug: 'energy', parentId: coping, description: '' })
    expect(await listRedirects()).toEqual([
      { fromPath: '/category/coping/pacing', toPath: '/category/coping/energy' },
      { fromPath: '/category/pacing', toPath: '/category/coping/energy' },
    ])
    await queries.saveCategory(pacing, { name: 'Pacing', slug: 'pacing', parentId: null, description: '' })
    expect(await listRedirects()).toEqual([
      { fromPath: '/category/coping/energy', toPath: '/category/pacing' },
      { fromPath: '/category/coping/pacing', toPath: '/category/pacing' },
    ])
  })

  it('drops a redirect when a new category takes the old URL, and reports a missing category', async () => {
    const sleep = await category('Sleep')
    await queries.saveCategory(sleep, { name: 'Rest', slug: 'rest', parentId: null, description: '' })
    expect(await listRedirects()).toHaveLength(1)
    await category('Sleep')
    expect(await listRedirects()).toEqual([])
    expect(await queries.saveCategory(9999, { name: 'X', slug: 'x', parentId: null, description: '' })).toBeNull()
  })
})

describe('deleteCategory', () => {
  it('keeps other categories, gives a post left bare the default (created once) and fixes primaries', async () => {
    const a = await category('Alpha')
    const b = await category('Beta')
    const onlyA = await post('only-a', [a])
    const alsoA = await post('also-a', [a])
    const both = await post('both', [a, b], a)
    expect(await queries.deleteCategory(a, null)).toBe('done')
    const [uncategorized] = await db.select().from(categories).where(eq(categories.slug, 'uncategorized'))
    expect(uncategorized).toMatchObject({ name: 'Uncategorized', parentId: null })
    const defaultId = uncategorized?.id ?? 0
    expect(await categoriesOf(onlyA)).toEqual({ ids: [defaultId], primary: defaultId })
    expect(await categoriesOf(alsoA)).toEqual({ ids: [defaultId], primary: defaultId })
    expect(await categoriesOf(both)).toEqual({ ids: [b], primary: b })
    expect(await byId(a)).toBeUndefined()
  })

  it('uses the default category setting and refuses to delete the default', async () => {
    const chosen = await category('Everything')
    const other = await category('Other')
    const onlyOther = await post('only-other', [other])
    expect(await queries.deleteCategory(chosen, chosen)).toBe('is-default')
    expect(await byId(chosen)).toBeDefined()
    expect(await queries.deleteCategory(other, chosen)).toBe('done')
    expect(await categoriesOf(onlyOther)).toEqual({ ids: [chosen], primary: chosen })
    expect(await db.select().from(categories).where(eq(categories.slug, 'uncategorized'))).toEqual([])
    const uncategorized = await category('Uncategorized')
    expect(await queries.deleteCategory(uncategorized, null)).toBe('is-default')
    expect(await queries.deleteCategory(424242, null)).toBe('not-found')
  })

  it('moves children up to the deleted category’s parent, with redirects for their URLs', async () => {
    const top = await category('Top')
    const middle = await category('Middle', top)
    const leaf = await category('Leaf', middle)
    await queries.saveCategory(middle, { name: 'Middle', slug: 'mid', parentId: top, description: '' })
    expect(await queries.deleteCategory(middle, null)).toBe('done')
    expect((await byId(leaf))?.parentId).toBe(top)
    // The redirect to the deleted archive goes: it would only lead to a missing page.
    expect(await listRedirects()).toEqual([
      { fromPath: '/category/top/mid/leaf', toPath: '/category/top/leaf' },
      { fromPath: '/category/top/middle/leaf', toPath: '/category/top/leaf' },
    ])
  })
})

describe('mergeCategory', () => {
  it('moves posts (no duplicates), primaries, menu items and children to the target, then redirects', async () => {
    const source = await category('Source')
    const target = await category('Target')
    const child = await category('Child', source)
    const inSource = await post('in-source', [source])
    const inBoth = await post('in-both', [source, target], source)
    const [menu] = await db.insert(menus).values({ name: 'Main', location: 'primary' }).returning({ id: menus.id })
    await db.insert(menuItems).values({ menuId: menu?.id ?? 0, kind: 'category', targetId: source })
    expect(await queries.mergeCategory(source, target, null)).toBe('done')
    expect(await categoriesOf(inSource)).toEqual({ ids: [target], primary: target })
    expect(await categoriesOf(inBoth)).toEqual({ ids: [target], primary: target })
    expect((await db.select({ targetId: menuItems.targetId }).from(menuItems))[0]?.targetId).toBe(target)
    expect((await byId(child))?.parentId).toBe(target)
    expect(await byId(source)).toBeUndefined()
    expect(await listRedirects()).toEqual([
      { fromPath: '/category/source', toPath: '/category/target' },
      { fromPath: '/category/source/child', toPath: '/category/target/child' },
    ])
  })

  it('merges into a category below the source without making a loop', async () => {
    const source = await category('Parent')
    const sibling = await category('Sibling', source)
    const target = await category('Deep', sibling)
    expect(await queries.mergeCategory(source, target, null)).toBe('done')
    expect((await byId(target))?.parentId).toBeNull()
    expect((await byId(sibling))?.parentId).toBe(target)
  })

  it('refuses to merge away the default category or into itself', async () => {
    const chosen = await category('Chosen')
    const other = await category('Other')
    expect(await queries.mergeCategory(chosen, other, chosen)).toBe('is-default')
    expect(await queries.mergeCategory(other, other, chosen)).toBe('not-found')
    expect(await byId(chosen)).toBeDefined()
  })
})

describe('tags', () => {
  it('lists tags with published-post counts and searches name and slug literally', async () => {
    const pacing = await tag('Pacing')
    await tag('Sleep')
    await tag('100%_sure')
    await post('one', [], null, [pacing])
    const [draft] = await db.insert(posts).values({ slug: 'draft', authorId, status: 'draft' }).returning({ id: posts.id })
    await db.insert(postTags).values({ postId: draft?.id ?? 0, tagId: pacing })
    expect((await queries.listTagsWithCounts()).map((row) => `${row.name}:${row.postCount}`)).toEqual(['100%_sure:0', 'Pacing:1', 'Sleep:0'])
    expect((await queries.listTagsWithCounts('ACI')).map((row) => row.name)).toEqual(['Pacing'])
    expect((await queries.listTagsWithCounts('%_')).map((row) => row.name)).toEqual(['100%_sure'])
  })

  it('merges posts into the target without duplicates and redirects the old URL', async () => {
    const source = await tag('Spoons')
    const target = await tag('Energy')
    const onlySource = await post('p1', [], null, [source])
    const both = await post('p2', [], null, [source, target])
    expect(await queries.mergeTag(source, target)).toBe('done')
    const rows = await db.select().from(postTags).orderBy(postTags.postId)
    expect(rows).toEqual([
      { postId: onlySource, tagId: target },
      { postId: both, tagId: target },
    ])
    expect(await listRedirects()).toEqual([{ fromPath: '/tag/spoons', toPath: '/tag/energy' }])
    expect(await queries.mergeTag(target, target)).toBe('not-found')
  })

  it('redirects a changed slug, and deleting a tag leaves posts and drops redirects to it', async () => {
    const rest = await tag('Rest')
    const keep = await tag('Keep')
    const postId = await post('p', [], null, [rest, keep])
    await queries.saveTag(rest, { name: 'Resting', slug: 'resting', description: 'Naps' })
    expect(await queries.getTagForEdit(rest)).toEqual({ id: rest, name: 'Resting', slug: 'resting', description: 'Naps' })
    expect(await listRedirects()).toEqual([{ fromPath: '/tag/rest', toPath: '/tag/resting' }])
    expect(await queries.deleteTag(rest)).toBe('done')
    expect(await listRedirects()).toEqual([])
    expect(await db.select().from(postTags)).toEqual([{ postId, tagId: keep }])
    expect(await queries.deleteTag(rest)).toBe('not-found')
  })

  it('reports the slugs already taken, leaving out the one being edited', async () => {
    const rest = await tag('Rest')
    await tag('Sleep')
    expect(await queries.listTakenSlugs('tag', rest)).toEqual(new Set(['sleep']))
    expect(await queries.listTakenSlugs('tag', null)).toEqual(new Set(['rest', 'sleep']))
  })
})

describe('getDefaultCategoryId', () => {
  it('follows the setting, then the uncategorized slug, else none', async () => {
    expect(await queries.getDefaultCategoryId(null)).toBeNull()
    const uncategorized = await category('Uncategorized')
    const chosen = await category('Chosen')
    expect(await queries.getDefaultCategoryId(null)).toBe(uncategorized)
    expect(await queries.getDefaultCategoryId(chosen)).toBe(chosen)
    expect(await queries.getDefaultCategoryId(99999)).toBe(uncategorized)
  })
})
