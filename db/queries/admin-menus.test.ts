import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { seedDemoContent } = await import('../seed')
const queries = await import('./admin-menus')
const { listMenuLinks } = await import('./menus')
const { menuOutline } = await import('@/lib/menus/edit')
const { categories, menuItems, menus, posts } = await import('../schema')
const { and, eq } = await import('drizzle-orm')

let menuId = 0
beforeAll(async () => {
  await seedDemoContent(db)
  menuId = (await queries.getMenuIdByLocation('primary')) ?? 0
})

async function idOf(table: 'page' | 'post' | 'category', slug: string): Promise<number> {
  const [row] =
    table === 'category'
      ? await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug))
      : await db
          .select({ id: posts.id })
          .from(posts)
          .where(and(eq(posts.slug, slug), eq(posts.type, table)))
  if (!row) throw new Error(`no ${table} ${slug}`)
  return row.id
}

// A scratch menu per test, so tests do not depend on each other or on the seeded primary menu.
async function scratchMenu(): Promise<number> {
  const [row] = await db.insert(menus).values({ name: 'Scratch', location: null }).returning({ id: menus.id })
  if (!row) throw new Error('no menu')
  return row.id
}

async function outlineOf(id: number) {
  const items = await queries.listMenuItemsForEdit(id)
  const labelOf = new Map(items.map((item) => [item.id, item.label || item.targetTitle || item.url]))
  return menuOutline(items).map((entry) => `${'-'.repeat(entry.depth)}${labelOf.get(entry.id)}`)
}

describe('the primary menu', () => {
  it('is found by location, and ensureMenuId does not make a second one', async () => {
    expect(menuId).toBeGreaterThan(0)
    expect(await queries.ensureMenuId('primary', 'Primary menu')).toBe(menuId)
    expect(await queries.getMenuIdByLocation('footer')).toBeNull()
    const footer = await queries.ensureMenuId('footer', 'Footer menu')
    expect(footer).not.toBe(menuId)
    expect(await queries.ensureMenuId('footer', 'Footer menu')).toBe(footer)
  })

  it('lists the seeded items with their targets', async () => {
    const items = await queries.listMenuItemsForEdit(menuId)
    const tips = items.find((item) => item.label === 'Tips & Tricks')
    expect(tips).toMatchObject({ kind: 'category', targetTitle: 'Tips & Tricks' })
    expect(items.find((item) => item.label === 'About Maren')).toMatchObject({ kind: 'page', parentId: null, targetTitle: expect.any(String) })
  })
})

describe('adding items', () => {
  it('appends pages, categories and posts at the end of the top level, only if they are published and exist', async () => {
    const id = await scratchMenu()
    const aboutId = await idOf('page', 'about')
    const copingId = await idOf('category', 'coping')
    const [post] = await db
      .select({ id: posts.id, title: posts.title })
      .from(posts)
      .where(and(eq(posts.type, 'post'), eq(posts.status, 'published')))
      .limit(1)
    expect(await queries.insertMenuTargets(id, 'page', [aboutId])).toHaveLength(1)
    expect(await queries.insertMenuTargets(id, 'category', [copingId, copingId])).toHaveLength(1)
    expect(await queries.insertMenuTargets(id, 'post', [post?.id ?? 0])).toHaveLength(1)
    await queries.insertCustomLink(id, { url: 'https://example.com/shop', label: 'Shop' })
    const items = await queries.listMenuItemsForEdit(id)
    expect(items.map((item) => [item.kind, item.position, item.parentId])).toEqual([
      ['page', 0, null],
      ['category', 1, null],
      ['post', 2, null],
      ['custom', 3, null],
    ])
    expect(items[2]?.targetTitle).toBe(post?.title)
    expect(items[3]).toMatchObject({ label: 'Shop', url: 'https://example.com/shop', targetTitle: null })
  })

  it('adds nothing when one target is missing or of another kind', async () => {
    const id = await scratchMenu()
    const aboutId = await idOf('page', 'about')
    expect(await queries.insertMenuTargets(id, 'page', [aboutId, 999_999])).toBeNull()
    expect(await queries.insertMenuTargets(id, 'post', [aboutId])).toBeNull()
    expect(await queries.listMenuItemsForEdit(id)).toEqual([])
  })

  it('offers published pages, categories and posts, and searches post titles literally', async () => {
    const options = await queries.listMenuTargetOptions('')
    expect(options.pages.length).toBeGreaterThan(3)
    expect(options.categories.map((category) => category.name)).toContain('Tips & Tricks')
    expect(options.posts.length).toBeGreaterThan(0)
    const first = options.posts[0]?.title ?? ''
    const search = await queries.listMenuTargetOptions(first.slice(0, 8))
    expect(search.posts.map((post) => post.title)).toContain(first)
    expect((await queries.listMenuTargetOptions('%')).posts).toEqual([])
  })
})

describe('changing items', () => {
  it('renames within its own menu only; an empty label shows the target title again', async () => {
    const id = await scratchMenu()
    const [itemId] = (await queries.insertMenuTargets(id, 'category', [await idOf('category', 'coping')])) ?? []
    expect(await queries.updateMenuItemText(id, itemId ?? 0, { label: 'Getting by' })).toBe(true)
    expect(await queries.updateMenuItemText(menuId, itemId ?? 0, { label: 'Elsewhere' })).toBe(false)
    expect(await outlineOf(id)).toEqual(['Getting by'])
    await queries.updateMenuItemText(id, itemId ?? 0, { label: '' })
    expect(await outlineOf(id)).toEqual(['Coping'])
    expect(await queries.updateMenuItemText(id, itemId ?? 0, { label: 'x', url: '/elsewhere' })).toBe(false)
  })

  it('changes the address of a custom link', async () => {
    const id = await scratchMenu()
    const linkId = await queries.insertCustomLink(id, { url: '/old', label: 'Old' })
    expect(await queries.updateMenuItemText(id, linkId, { label: 'New', url: 'https://example.com/new' })).toBe(true)
    expect((await queries.listMenuItemsForEdit(id))[0]).toMatchObject({ label: 'New', url: 'https://example.com/new' })
  })

  it('applies a whole structure, or nothing if the items changed meanwhile', async () => {
    const id = await scratchMenu()
    const a = await queries.insertCustomLink(id, { url: '/a', label: 'A' })
    const b = await queries.insertCustomLink(id, { url: '/b', label: 'B' })
    const c = await queries.insertCustomLink(id, { url: '/c', label: 'C' })
    const threeLevels = [
      { id: a, parentId: null, position: 0 },
      { id: b, parentId: a, position: 0 },
      { id: c, parentId: b, position: 0 },
    ]
    expect(await queries.applyMenuStructure(id, threeLevels)).toBe(true)
    expect(await outlineOf(id)).toEqual(['A', '-B', '--C'])
    expect(await queries.applyMenuStructure(id, threeLevels.slice(0, 2))).toBe(false)
    expect(await queries.applyMenuStructure(id, [...threeLevels.slice(0, 2), { id: c, parentId: c, position: 0 }])).toBe(false)
    expect(await outlineOf(id)).toEqual(['A', '-B', '--C'])
  })

  it('removes an item and moves its children up into its place', async () => {
    const id = await scratchMenu()
    const a = await queries.insertCustomLink(id, { url: '/a', label: 'A' })
    const b = await queries.insertCustomLink(id, { url: '/b', label: 'B' })
    const c = await queries.insertCustomLink(id, { url: '/c', label: 'C' })
    const d = await queries.insertCustomLink(id, { url: '/d', label: 'D' })
    await queries.applyMenuStructure(id, [
      { id: a, parentId: null, position: 0 },
      { id: b, parentId: a, position: 0 },
      { id: c, parentId: a, position: 1 },
      { id: d, parentId: null, position: 1 },
    ])
    expect(await queries.deleteMenuItem(menuId, a)).toBe(false)
    expect(await queries.deleteMenuItem(id, a)).toBe(true)
    expect(await outlineOf(id)).toEqual(['B', 'C', 'D'])
    expect(await queries.deleteMenuItem(id, a)).toBe(false)
  })

  it('changes what the reader menu shows', async () => {
    const items = await db
      .select()
      .from(menuItems)
      .where(and(eq(menuItems.menuId, menuId), eq(menuItems.label, 'Warriors')))
    const warriors = items[0]
    if (!warriors) throw new Error('no Warriors item')
    await queries.updateMenuItemText(menuId, warriors.id, { label: 'Fellow Warriors' })
    const links = await listMenuLinks('primary')
    expect(links.map((link) => link.label)).toContain('Fellow Warriors')
    const nodes = await queries.listMenuNodes(menuId)
    expect(nodes).toHaveLength((await db.select().from(menuItems).where(eq(menuItems.menuId, menuId))).length)
  })
})
