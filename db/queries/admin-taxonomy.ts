import 'server-only'
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm'
import { routes } from '@/lib/routes'
import { categoryPaths, movedPaths } from '@/lib/taxonomy/redirects'
import { categoriesWithout, defaultCategoryChoice } from '@/lib/taxonomy/terms'
import { db, type Transaction } from '../client'
import { categories, menuItems, postCategories, posts, postTags, tags } from '../schema'
import { rewriteRedirects } from './redirects'

export type TermKind = 'category' | 'tag'
export type CategoryForEdit = { id: number; name: string; slug: string; parentId: number | null; description: string }
export type TagForEdit = { id: number; name: string; slug: string; description: string }
export type TagRow = TagForEdit & { postCount: number }
export type CategoryValues = Omit<CategoryForEdit, 'id'>
export type TagValues = Omit<TagForEdit, 'id'>

const UNCATEGORIZED = { name: 'Uncategorized', slug: 'uncategorized' } as const
const publishedPost = and(eq(posts.status, 'published'), eq(posts.type, 'post'))

export async function getCategoryForEdit(id: number): Promise<CategoryForEdit | null> {
  const [row] = await db
    .select({ id: categories.id, name: categories.name, slug: categories.slug, parentId: categories.parentId, description: categories.description })
    .from(categories)
    .where(eq(categories.id, id))
  return row ?? null
}

export async function getTagForEdit(id: number): Promise<TagForEdit | null> {
  const [row] = await db.select({ id: tags.id, name: tags.name, slug: tags.slug, description: tags.description }).from(tags).where(eq(tags.id, id))
  return row ?? null
}

// Published posts only, as WordPress counts them. Searches name and slug, like the WordPress tag screen.
export async function listTagsWithCounts(query = ''): Promise<TagRow[]> {
  const postCount = sql<number>`count(${posts.id})`
  const pattern = `%${query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
  return db
    .select({ id: tags.id, name: tags.name, slug: tags.slug, description: tags.description, postCount })
    .from(tags)
    .leftJoin(postTags, eq(postTags.tagId, tags.id))
    .leftJoin(posts, and(eq(posts.id, postTags.postId), publishedPost))
    .where(query ? or(sql`${tags.name} like ${pattern} escape '\\'`, sql`${tags.slug} like ${pattern} escape '\\'`) : undefined)
    .groupBy(tags.id)
    .orderBy(asc(tags.name), asc(tags.id))
}

/** The slugs other terms of the kind already use. */
export async function listTakenSlugs(kind: TermKind, excludeId: number | null): Promise<Set<string>> {
  const table = kind === 'category' ? categories : tags
  const rows = await db
    .select({ slug: table.slug })
    .from(table)
    .where(excludeId === null ? undefined : ne(table.id, excludeId))
  return new Set(rows.map((row) => row.slug))
}

/** The category posts fall back to, when it exists yet (see lib/settings.ts defaultCategoryId). */
export async function getDefaultCategoryId(settingId: number | null): Promise<number | null> {
  const rows = await db.select({ id: categories.id, slug: categories.slug }).from(categories)
  const choice = defaultCategoryChoice(settingId, new Set(rows.map((row) => row.id)))
  return 'id' in choice ? choice.id : (rows.find((row) => row.slug === choice.slug)?.id ?? null)
}

function categoryTree(tx: Transaction) {
  return tx.select({ id: categories.id, name: categories.name, slug: categories.slug, parentId: categories.parentId }).from(categories).all()
}

function tagPaths(tx: Transaction): Map<number, string> {
  return new Map(
    tx
      .select({ id: tags.id, slug: tags.slug })
      .from(tags)
      .all()
      .map((tag) => [tag.id, routes.tag(tag.slug)]),
  )
}

// Every write that can move archive URLs snapshots the paths before and after, in the same transaction.
function moveCategoryRedirects(tx: Transaction, before: Map<number, string>, replacedBy?: Map<number, number>, gonePaths: string[] = []) {
  const after = categoryPaths(categoryTree(tx))
  rewriteRedirects(tx, movedPaths(before, after, replacedBy), new Set(after.values()), gonePaths)
}

function moveTagRedirects(tx: Transaction, before: Map<number, string>, replacedBy?: Map<number, number>, gonePaths: string[] = []) {
  const after = tagPaths(tx)
  rewriteRedirects(tx, movedPaths(before, after, replacedBy), new Set(after.values()), gonePaths)
}

/** Adds (id null) or updates a category; null when the category to update is gone. */
export async function saveCategory(id: number | null, values: CategoryValues): Promise<number | null> {
  return db.transaction((tx) => {
    const before = categoryPaths(categoryTree(tx))
    let savedId: number | null = id
    if (id === null) savedId = tx.insert(categories).values(values).returning({ id: categories.id }).get().id
    else if (tx.update(categories).set(values).where(eq(categories.id, id)).run().changes === 0) return null
    moveCategoryRedirects(tx, before)
    return savedId
  })
}

export async function saveTag(id: number | null, values: TagValues): Promise<number | null> {
  return db.transaction((tx) => {
    const before = tagPaths(tx)
    let savedId: number | null = id
    if (id === null) savedId = tx.insert(tags).values(values).returning({ id: tags.id }).get().id
    else if (tx.update(tags).set(values).where(eq(tags.id, id)).run().changes === 0) return null
    moveTagRedirects(tx, before)
    return savedId
  })
}

function defaultCategoryFinder(tx: Transaction, settingId: number | null) {
  const choice = defaultCategoryChoice(settingId, new Set(categoryTree(tx).map((category) => category.id)))
  const existingId = 'id' in choice ? choice.id : (tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, choice.slug)).get()?.id ?? null)
  let createdId: number | null = null
  return {
    existingId,
    // WordPress's "Uncategorized", made the first time a post needs it.
    getOrCreate: () =>
      existingId ??
      (createdId ??= tx
        .insert(categories)
        .values({ ...UNCATEGORIZED, parentId: null, description: '' })
        .returning({ id: categories.id })
        .get().id),
  }
}

// Rewrites the categories of every post that had `removedId` (or had it as primary).
function reassignPosts(tx: Transaction, removedId: number, replacement: Parameters<typeof categoriesWithout>[2]) {
  const linked = tx.select({ postId: postCategories.postId }).from(postCategories).where(eq(postCategories.categoryId, removedId)).all()
  const primaries = tx.select({ postId: posts.id }).from(posts).where(eq(posts.primaryCategoryId, removedId)).all()
  const postIds = [...new Set([...linked, ...primaries].map((row) => row.postId))]
  if (postIds.length === 0) return
  const rows = tx
    .select({ postId: postCategories.postId, categoryId: postCategories.categoryId })
    .from(postCategories)
    .where(inArray(postCategories.postId, postIds))
    .all()
  const primaryById = new Map(
    tx
      .select({ id: posts.id, primaryCategoryId: posts.primaryCategoryId })
      .from(posts)
      .where(inArray(posts.id, postIds))
      .all()
      .map((post) => [post.id, post.primaryCategoryId]),
  )
  for (const postId of postIds) {
    const current = {
      categoryIds: rows.filter((row) => row.postId === postId).map((row) => row.categoryId),
      primaryCategoryId: primaryById.get(postId) ?? null,
    }
    const next = categoriesWithout(current, removedId, replacement)
    tx.delete(postCategories).where(eq(postCategories.postId, postId)).run()
    for (const categoryId of next.categoryIds) tx.insert(postCategories).values({ postId, categoryId }).run()
    tx.update(posts).set({ primaryCategoryId: next.primaryCategoryId }).where(eq(posts.id, postId)).run()
  }
}

export type RemoveOutcome = 'done' | 'not-found' | 'is-default'

/**
 * Deletes a category. Posts keep their other categories; one left with none gets the default; children
 * move up to the deleted category's parent (their URLs move, so they get redirects).
 */
export async function deleteCategory(id: number, defaultSettingId: number | null): Promise<RemoveOutcome> {
  return db.transaction((tx) => {
    const all = categoryTree(tx)
    const category = all.find((row) => row.id === id)
    if (!category) return 'not-found'
    const defaults = defaultCategoryFinder(tx, defaultSettingId)
    if (defaults.existingId === id) return 'is-default'
    const before = categoryPaths(all)
    reassignPosts(tx, id, { defaultCategoryId: defaults.getOrCreate })
    tx.update(categories).set({ parentId: category.parentId }).where(eq(categories.parentId, id)).run()
    tx.delete(categories).where(eq(categories.id, id)).run()
    moveCategoryRedirects(tx, before, undefined, [before.get(id) ?? ''])
    return 'done'
  })
}

/**
 * Merges a category into another: its posts, primary-category marks, menu items and children go to the
 * target, and its URL redirects to the target's.
 */
export async function mergeCategory(sourceId: number, targetId: number, defaultSettingId: number | null): Promise<RemoveOutcome> {
  return db.transaction((tx) => {
    const all = categoryTree(tx)
    const source = all.find((row) => row.id === sourceId)
    const target = all.find((row) => row.id === targetId)
    if (!source || !target || sourceId === targetId) return 'not-found'
    if (defaultCategoryFinder(tx, defaultSettingId).existingId === sourceId) return 'is-default'
    const before = categoryPaths(all)
    reassignPosts(tx, sourceId, { mergeTargetId: targetId })
    tx.update(menuItems)
      .set({ targetId })
      .where(and(eq(menuItems.kind, 'category'), eq(menuItems.targetId, sourceId)))
      .run()
    // A target below the source first steps up to the source's place, so adopting the source's children
    // cannot make a loop.
    if (isBelow(targetId, sourceId, all)) tx.update(categories).set({ parentId: source.parentId }).where(eq(categories.id, targetId)).run()
    tx.update(categories)
      .set({ parentId: targetId })
      .where(and(eq(categories.parentId, sourceId), ne(categories.id, targetId)))
      .run()
    tx.delete(categories).where(eq(categories.id, sourceId)).run()
    moveCategoryRedirects(tx, before, new Map([[sourceId, targetId]]))
    return 'done'
  })
}

function isBelow(id: number, ancestorId: number, all: readonly { id: number; parentId: number | null }[]): boolean {
  const byId = new Map(all.map((row) => [row.id, row]))
  const seen = new Set<number>()
  for (let current = byId.get(id)?.parentId ?? null; current !== null && !seen.has(current); current = byId.get(current)?.parentId ?? null) {
    if (current === ancestorId) return true
    seen.add(current)
  }
  return false
}

export async function deleteTag(id: number): Promise<RemoveOutcome> {
  return db.transaction((tx) => {
    const before = tagPaths(tx)
    if (tx.delete(tags).where(eq(tags.id, id)).run().changes === 0) return 'not-found'
    moveTagRedirects(tx, before, undefined, [before.get(id) ?? ''])
    return 'done'
  })
}

export async function mergeTag(sourceId: number, targetId: number): Promise<RemoveOutcome> {
  return db.transaction((tx) => {
    const before = tagPaths(tx)
    if (sourceId === targetId || !before.has(sourceId) || !before.has(targetId)) return 'not-found'
    const sourcePosts = tx.select({ postId: postTags.postId }).from(postTags).where(eq(postTags.tagId, sourceId)).all()
    for (const { postId } of sourcePosts) tx.insert(postTags).values({ postId, tagId: targetId }).onConflictDoNothing().run()
    tx.delete(tags).where(eq(tags.id, sourceId)).run()
    moveTagRedirects(tx, before, new Map([[sourceId, targetId]]))
    return 'done'
  })
}
