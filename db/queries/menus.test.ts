import { beforeAll, describe, expect, it } from 'vitest'
import type { MenuLink } from '@/lib/menus/tree'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { menuItems, menus } = await import('../schema')
const { insertAuthor, insertCategory, insertPost } = await import('@/test/content-fixtures')
const queries = await import('./menus')

type Item = Omit<typeof menuItems.$inferInsert, 'menuId'>

async function insertMenu(location: string | null, name: string): Promise<number> {
  const [row] = await db.insert(menus).values({ name, location }).returning({ id: menus.id })
  if (!row) throw new Error('no menu')
  return row.id
}

async function insertItem(menuId: number, item: Item): Promise<number> {
  const [row] = await db
    .insert(menuItems)
    .values({ menuId, ...item })
    .returning({ id: menuItems.id })
  if (!row) throw new Error('no menu item')
  return row.id
}

// What a reader sees of the menu: labels, links and nesting (item ids are the database's business).
type Shown = { label: string; href: string; children: Shown[] }
const shown = (links: MenuLink[]): Shown[] => links.map((link) => ({ label: link.label, href: link.href, children: shown(link.children) }))

beforeAll(async () => {
  const authorId = await insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren' })
  const conditions = await insertCategory('Conditions', 'conditions')
  const fibro = await insertCategory('Fibromyalgia', 'fibromyalgia', conditions)
  const cafes = await insertCategory('Cafés', 'café')
  const about = await insertPost({ slug: 'about', title: 'About', type: 'page', authorId })
  const story = await insertPost({ slug: 'story', title: 'My story', type: 'page', parentId: about, authorId })
  const unfinished = await insertPost({ slug: 'unfinished', type: 'page', status: 'draft', authorId })
  const belowDraft = await insertPost({ slug: 'below-a-draft', type: 'page', parentId: unfinished, authorId })
  const post = await insertPost({ slug: 'pacing-on-bad-days', title: 'Pacing on bad days', authorId })
  const draft = await insertPost({ slug: 'a-draft', title: 'A draft', status: 'draft', authorId })
  const trashed = await insertPost({ slug: 'trashed', title: 'Trashed', status: 'trash', authorId })

  // Inserted out of order: the menu follows `position`, not insertion order.
  const primary = await insertMenu('primary', 'Primary menu')
  await insertItem(primary, { position: 2, kind: 'custom', label: 'Contact', url: '/contact' })
  const aboutItem = await insertItem(primary, { position: 0, kind: 'page', targetId: about })
  await insertItem(primary, { position: 1, parentId: aboutItem, kind: 'page', targetId: story, label: 'Her story' })
  await insertItem(primary, { position: 0, parentId: aboutItem, kind: 'category', targetId: fibro })
  const postItem = await insertItem(primary, { position: 1, kind: 'post', targetId: post })
  await insertItem(primary, { position: 0, parentId: postItem, kind: 'custom', label: 'No address', url: '' })
  // Targets readers cannot see: left out, and their children with them.
  const draftItem = await insertItem(primary, { position: 3, kind: 'post', targetId: draft })
  await insertItem(primary, { position: 0, parentId: draftItem, kind: 'custom', label: 'Under a draft', url: '/under' })
  await insertItem(primary, { position: 4, kind: 'post', targetId: trashed })
  await insertItem(primary, { position: 5, kind: 'page', targetId: belowDraft })
  await insertItem(primary, { position: 6, kind: 'page', targetId: unfinished })
  await insertItem(primary, { position: 7, kind: 'category', targetId: 999_999 })
  await insertItem(primary, { position: 8, kind: 'page', targetId: null })
  await insertItem(primary, { position: 9, kind: 'category', targetId: cafes })

  const footer = await insertMenu('footer', 'Footer')
  await insertItem(footer, { position: 0, kind: 'custom', label: 'Privacy', url: '/privacy' })
  const unplaced = await insertMenu(null, 'Not placed anywhere')
  await insertItem(unplaced, { position: 0, kind: 'custom', label: 'Nowhere', url: '/nowhere' })
})

describe('listMenuLinks', () => {
  it('builds the menu at a location as a tree in position order, resolving each kind of target', async () => {
    expect(shown(await queries.listMenuLinks('primary'))).toEqual([
      {
        label: 'About',
        href: '/about',
        children: [
          { label: 'Fibromyalgia', href: '/category/conditions/fibromyalgia', children: [] },
          { label: 'Her story', href: '/about/story', children: [] },
        ],
      },
      { label: 'Pacing on bad days', href: '/pacing-on-bad-days', children: [] },
      { label: 'Contact', href: '/contact', children: [] },
      { label: 'Cafés', href: '/category/caf%C3%A9', children: [] },
    ])
  })

  it("reads only that location's menu, and nothing for a location without one", async () => {
    expect(shown(await queries.listMenuLinks('footer'))).toEqual([{ label: 'Privacy', href: '/privacy', children: [] }])
    expect(await queries.listMenuLinks('sidebar')).toEqual([])
  })
})
