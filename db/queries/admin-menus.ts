import 'server-only'
import { and, desc, eq, inArray, max, sql } from 'drizzle-orm'
import { removeMenuItem, validateStructure, type MenuNode } from '@/lib/menus/edit'
import { db, type Transaction } from '../client'
import { categories, menuItems, menus, posts, type MenuItemKind } from '../schema'

export type MenuItemForEdit = {
  id: number
  parentId: number | null
  position: number
  label: string
  kind: MenuItemKind
  targetId: number | null
  url: string
  // The target's current title; null when it is gone or no longer public (the reader menu hides
  // such items, and the editor says so, as WordPress marks them "Invalid").
  targetTitle: string | null
}

export type MenuTargetOptions = {
  pages: { id: number; title: string }[]
  categories: { id: number; name: string }[]
  posts: { id: number; title: string }[]
}

export async function getMenuIdByLocation(location: string): Promise<number | null> {
  const [menu] = await db.select({ id: menus.id }).from(menus).where(eq(menus.location, location)).limit(1)
  return menu?.id ?? null
}

// The menu for a location, created on first use (an empty database has none until the seed runs).
export async function ensureMenuId(location: string, name: string): Promise<number> {
  await db.insert(menus).values({ name, location }).onConflictDoNothing()
  const id = await getMenuIdByLocation(location)
  if (id === null) throw new Error(`menu for ${location} could not be created`)
  return id
}

export async function listMenuNodes(menuId: number): Promise<MenuNode[]> {
  return db.select({ id: menuItems.id, parentId: menuItems.parentId, position: menuItems.position }).from(menuItems).where(eq(menuItems.menuId, menuId))
}

export async function listMenuItemsForEdit(menuId: number): Promise<MenuItemForEdit[]> {
  const items = await db.select().from(menuItems).where(eq(menuItems.menuId, menuId))
  const postIds = items.filter((item) => (item.kind === 'page' || item.kind === 'post') && item.targetId !== null).map((item) => item.targetId as number)
  const categoryIds = items.filter((item) => item.kind === 'category' && item.targetId !== null).map((item) => item.targetId as number)
  const postRows = postIds.length
    ? await db
        .select({ id: posts.id, type: posts.type, title: posts.title })
        .from(posts)
        .where(and(inArray(posts.id, postIds), eq(posts.status, 'published')))
    : []
  const categoryRows = categoryIds.length
    ? await db.select({ id: categories.id, name: categories.name }).from(categories).where(inArray(categories.id, categoryIds))
    : []
  const postById = new Map(postRows.map((row) => [row.id, row]))
  const categoryById = new Map(categoryRows.map((row) => [row.id, row.name]))
  return items.map((item) => {
    const post = item.targetId === null ? undefined : postById.get(item.targetId)
    const targetTitle =
      item.kind === 'custom'
        ? null
        : item.kind === 'category'
          ? (categoryById.get(item.targetId ?? 0) ?? null)
          : post && post.type === item.kind
            ? post.title
            : null
    return {
      id: item.id,
      parentId: item.parentId,
      position: item.position,
      label: item.label,
      kind: item.kind,
      targetId: item.targetId,
      url: item.url,
      targetTitle,
    }
  })
}

// What the "Add to menu" panel offers: published pages, every category, and recent published posts
// (or those whose title matches the search, with % and _ taken literally).
export async function listMenuTargetOptions(postQuery: string, postLimit = 20): Promise<MenuTargetOptions> {
  const pages = await db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(and(eq(posts.type, 'page'), eq(posts.status, 'published')))
    .orderBy(posts.title)
  const categoryRows = await db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(categories.name)
  const postConditions = [eq(posts.type, 'post'), eq(posts.status, 'published')]
  if (postQuery) postConditions.push(sql`${posts.title} like ${`%${postQuery.replace(/[\\%_]/g, (match) => `\\${match}`)}%`} escape '\\'`)
  const postRows = await db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(and(...postConditions))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(postLimit)
  return { pages, categories: categoryRows, posts: postRows }
}

// New items go to the end of the top level, in the order given, as WordPress adds them. If any
// target is gone (or not published), nothing is added.
export async function insertMenuTargets(menuId: number, kind: Exclude<MenuItemKind, 'custom'>, targetIds: readonly number[]): Promise<number[] | null> {
  const uniqueIds = [...new Set(targetIds)]
  return db.transaction((tx) => {
    const found =
      kind === 'category'
        ? tx.select({ id: categories.id }).from(categories).where(inArray(categories.id, uniqueIds)).all()
        : tx
            .select({ id: posts.id })
            .from(posts)
            .where(and(inArray(posts.id, uniqueIds), eq(posts.type, kind), eq(posts.status, 'published')))
            .all()
    if (found.length !== uniqueIds.length) return null
    let position = nextTopPosition(tx, menuId)
    return uniqueIds.map(
      (targetId) =>
        tx.insert(menuItems).values({ menuId, parentId: null, position: position++, kind, targetId, label: '', url: '' }).returning({ id: menuItems.id }).get()
          .id,
    )
  })
}

export async function insertCustomLink(menuId: number, link: { url: string; label: string }): Promise<number> {
  return db.transaction((tx) => {
    const position = nextTopPosition(tx, menuId)
    return tx
      .insert(menuItems)
      .values({ menuId, parentId: null, position, kind: 'custom', targetId: null, url: link.url, label: link.label })
      .returning({ id: menuItems.id })
      .get().id
  })
}

function nextTopPosition(tx: Transaction, menuId: number): number {
  const row = tx
    .select({ last: max(menuItems.position) })
    .from(menuItems)
    .where(and(eq(menuItems.menuId, menuId), sql`${menuItems.parentId} is null`))
    .get()
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1
}

// The label of any item; the address only of a custom link (other items follow their target).
export async function updateMenuItemText(menuId: number, id: number, text: { label: string; url?: string }): Promise<boolean> {
  const conditions = [eq(menuItems.id, id), eq(menuItems.menuId, menuId)]
  if (text.url !== undefined) conditions.push(eq(menuItems.kind, 'custom'))
  const result = await db
    .update(menuItems)
    .set(text.url === undefined ? { label: text.label } : { label: text.label, url: text.url })
    .where(and(...conditions))
  return result.changes > 0
}

// The whole structure in one transaction, checked against the items as they are inside it, so an
// item added or removed meanwhile (another tab) refuses the write instead of half-applying it.
export async function applyMenuStructure(menuId: number, nodes: readonly MenuNode[]): Promise<boolean> {
  return db.transaction((tx) => {
    const currentIds = tx.select({ id: menuItems.id }).from(menuItems).where(eq(menuItems.menuId, menuId)).all()
    const check = validateStructure(
      currentIds.map((row) => row.id),
      nodes,
    )
    if (!check.ok) return false
    for (const node of check.nodes) {
      tx.update(menuItems)
        .set({ parentId: node.parentId, position: node.position })
        .where(and(eq(menuItems.id, node.id), eq(menuItems.menuId, menuId)))
        .run()
    }
    return true
  })
}

// The item goes; its children take its place (lib/menus/edit.ts removeMenuItem).
export async function deleteMenuItem(menuId: number, id: number): Promise<boolean> {
  return db.transaction((tx) => {
    const nodes = tx
      .select({ id: menuItems.id, parentId: menuItems.parentId, position: menuItems.position })
      .from(menuItems)
      .where(eq(menuItems.menuId, menuId))
      .all()
    const remaining = removeMenuItem(nodes, id)
    if (!remaining) return false
    tx.delete(menuItems)
      .where(and(eq(menuItems.id, id), eq(menuItems.menuId, menuId)))
      .run()
    for (const node of remaining) {
      tx.update(menuItems)
        .set({ parentId: node.parentId, position: node.position })
        .where(and(eq(menuItems.id, node.id), eq(menuItems.menuId, menuId)))
        .run()
    }
    return true
  })
}
