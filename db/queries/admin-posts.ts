import 'server-only'
import { and, desc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm'
import { db } from '../client'
import { categories, postCategories, posts, postTags, revisions, tags, type PostStatus, type PostType } from '../schema'

export type AdminPostRow = { id: number; title: string; slug: string; status: PostStatus; publishedAt: number | null; modifiedAt: number; commentCount: number }

export async function listAdminPosts(filter: { type: PostType; status: PostStatus | 'all'; query: string; page: number; perPage: number }) {
  const conditions = [eq(posts.type, filter.type)]
  // "All" is everything but the trash, as in WordPress.
  conditions.push(filter.status === 'all' ? ne(posts.status, 'trash') : eq(posts.status, filter.status))
  // Typed % and _ are literal: escaped, with the ESCAPE clause SQLite needs to honour that.
  if (filter.query) conditions.push(sql`${posts.title} like ${`%${filter.query.replace(/[\\%_]/g, (match) => `\\${match}`)}%`} escape '\\'`)
  const where = and(...conditions)
  const [countRow] = await db
    .select({ total: sql<number>`count(*)` })
    .from(posts)
    .where(where)
  const rows: AdminPostRow[] = await db
    .select({
      id: posts.id,
      title: posts.title,
      slug: posts.slug,
      status: posts.status,
      publishedAt: posts.publishedAt,
      modifiedAt: posts.modifiedAt,
      commentCount: posts.commentCount,
    })
    .from(posts)
    .where(where)
    .orderBy(desc(posts.modifiedAt), desc(posts.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
  const statusRows = await db
    .select({ status: posts.status, count: sql<number>`count(*)` })
    .from(posts)
    .where(eq(posts.type, filter.type))
    .groupBy(posts.status)
  const counts = Object.fromEntries(statusRows.map((row) => [row.status, row.count])) as Partial<Record<PostStatus, number>>
  return { rows, total: countRow?.total ?? 0, counts }
}

// The columns of a post or page the editor reads and writes.
type EditableColumns = {
  type: PostType
  status: PostStatus
  title: string
  slug: string
  excerpt: string
  body: string
  keyPoints: string[] | null
  changeNote: string
  lastReviewedAt: number | null
  parentId: number | null
  featuredMediaId: number | null
  isAffiliate: boolean
  isSticky: boolean
  commentStatus: 'open' | 'closed'
  publishedAt: number | null
  updatedAt: number | null
}

export type PostForEdit = EditableColumns & { id: number; categoryIds: number[]; tagNames: string[]; modifiedAt: number }

export async function getPostForEdit(id: number): Promise<PostForEdit | null> {
  const [row] = await db.select().from(posts).where(eq(posts.id, id)).limit(1)
  if (!row) return null
  const categoryRows = await db.select({ id: postCategories.categoryId }).from(postCategories).where(eq(postCategories.postId, id))
  const tagRows = await db
    .select({ name: tags.name })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, id))
    .orderBy(tags.name)
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    title: row.title,
    slug: row.slug,
    excerpt: row.excerpt,
    body: row.body,
    keyPoints: row.keyPoints,
    changeNote: row.changeNote,
    lastReviewedAt: row.lastReviewedAt,
    parentId: row.parentId,
    featuredMediaId: row.featuredMediaId,
    isAffiliate: row.isAffiliate,
    isSticky: row.isSticky,
    commentStatus: row.commentStatus,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    modifiedAt: row.modifiedAt,
    categoryIds: categoryRows.map((category) => category.id),
    tagNames: tagRows.map((tag) => tag.name),
  }
}

// Slugs share one namespace at the top of the site: a post's /{slug} and a top-level page's /{slug}
// must differ. A child page only has to differ from its siblings.
export async function isSlugTaken(slug: string, scope: { type: PostType; parentId: number | null; excludeId: number | null }): Promise<boolean> {
  const notSelf = scope.excludeId === null ? undefined : ne(posts.id, scope.excludeId)
  const sameLevel =
    scope.type === 'page' && scope.parentId !== null
      ? and(eq(posts.type, 'page'), eq(posts.parentId, scope.parentId))
      : or(eq(posts.type, 'post'), and(eq(posts.type, 'page'), isNull(posts.parentId)))
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.slug, slug), sameLevel, notSelf))
    .limit(1)
  return row !== undefined
}

export type SavePostValues = EditableColumns & {
  id: number | null
  authorId: number
  primaryCategoryId: number | null
  categoryIds: number[]
  tagNames: string[]
  tagSlugs: string[]
  revisionNote: 'save' | 'autosave' | 'restore'
}

// The post, its terms (tags created on the fly) and a revision of what was saved: one transaction.
export async function savePost(values: SavePostValues): Promise<{ id: number; createdTags: number }> {
  return db.transaction((tx) => {
    const now = Date.now()
    const row = {
      type: values.type,
      authorId: values.authorId,
      status: values.status,
      statusBeforeTrash: null,
      title: values.title,
      slug: values.slug,
      excerpt: values.excerpt,
      body: values.body,
      keyPoints: values.keyPoints,
      changeNote: values.changeNote,
      lastReviewedAt: values.lastReviewedAt,
      parentId: values.parentId,
      featuredMediaId: values.featuredMediaId,
      isAffiliate: values.isAffiliate,
      isSticky: values.isSticky,
      commentStatus: values.commentStatus,
      publishedAt: values.publishedAt,
      updatedAt: values.updatedAt,
      primaryCategoryId: values.primaryCategoryId,
      modifiedAt: now,
    }
    const id =
      values.id === null
        ? tx.insert(posts).values(row).returning({ id: posts.id }).get().id
        : (tx.update(posts).set(row).where(eq(posts.id, values.id)).run(), values.id)

    tx.delete(postCategories).where(eq(postCategories.postId, id)).run()
    for (const categoryId of new Set(values.categoryIds)) tx.insert(postCategories).values({ postId: id, categoryId }).run()

    tx.delete(postTags).where(eq(postTags.postId, id)).run()
    let createdTags = 0
    values.tagNames.forEach((name, index) => {
      const slug = values.tagSlugs[index] ?? ''
      let tag = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get()
      if (!tag) {
        tag = tx.insert(tags).values({ name, slug }).returning({ id: tags.id }).get()
        createdTags += 1
      }
      tx.insert(postTags).values({ postId: id, tagId: tag.id }).onConflictDoNothing().run()
    })

    tx.insert(revisions)
      .values({
        postId: id,
        title: values.title,
        excerpt: values.excerpt,
        body: values.body,
        keyPoints: values.keyPoints,
        isAutosave: values.revisionNote === 'autosave',
        authorId: values.authorId,
        createdAt: now,
      })
      .run()
    return { id, createdTags }
  })
}

// Autosave of a published or scheduled post: the live post stays as it is, the text is kept as a revision.
export async function insertAutosaveRevision(values: {
  postId: number
  authorId: number
  title: string
  excerpt: string
  body: string
  keyPoints: string[] | null
}): Promise<{ id: number }> {
  const [row] = await db
    .insert(revisions)
    .values({ ...values, isAutosave: true, createdAt: Date.now() })
    .returning({ id: revisions.id })
  if (!row) throw new Error('revision insert returned nothing')
  return row
}

export async function setPostTrashed(id: number, isTrashed: boolean): Promise<{ type: PostType } | null> {
  const [row] = await db.select({ status: posts.status, before: posts.statusBeforeTrash, type: posts.type }).from(posts).where(eq(posts.id, id)).limit(1)
  if (!row) return null
  if (isTrashed && row.status !== 'trash') {
    await db.update(posts).set({ status: 'trash', statusBeforeTrash: row.status, modifiedAt: Date.now() }).where(eq(posts.id, id))
  }
  if (!isTrashed && row.status === 'trash') {
    // Restored items come back as drafts unless they were published (WordPress restores to draft).
    const restored: PostStatus = row.before === 'published' ? 'published' : 'draft'
    await db.update(posts).set({ status: restored, statusBeforeTrash: null, modifiedAt: Date.now() }).where(eq(posts.id, id))
  }
  return { type: row.type }
}

export type RevisionRow = { id: number; title: string; createdAt: number; isAutosave: boolean; wordCount: number }

export async function listRevisions(postId: number, limit = 30): Promise<RevisionRow[]> {
  const rows = await db
    .select({ id: revisions.id, title: revisions.title, createdAt: revisions.createdAt, isAutosave: revisions.isAutosave, body: revisions.body })
    .from(revisions)
    .where(eq(revisions.postId, postId))
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .limit(limit)
  return rows.map(({ body, ...row }) => ({
    ...row,
    wordCount: body
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter(Boolean).length,
  }))
}

export async function getRevision(id: number) {
  const [row] = await db.select().from(revisions).where(eq(revisions.id, id)).limit(1)
  return row ?? null
}

// Scheduled posts whose time has come become published. Returns how many changed.
export async function publishDuePosts(now: number): Promise<number> {
  const result = await db
    .update(posts)
    .set({ status: 'published', modifiedAt: now })
    .where(and(eq(posts.status, 'scheduled'), lte(posts.publishedAt, now)))
    .returning({ id: posts.id })
  return result.length
}

export async function getNextScheduledTime(): Promise<number | null> {
  const [row] = await db
    .select({ at: sql<number | null>`min(${posts.publishedAt})` })
    .from(posts)
    .where(eq(posts.status, 'scheduled'))
  return row?.at ?? null
}

export async function listCategoryOptions() {
  return db.select({ id: categories.id, name: categories.name, parentId: categories.parentId }).from(categories).orderBy(categories.name)
}

export async function listPageOptions(excludeId: number | null) {
  const rows = await db
    .select({ id: posts.id, title: posts.title, parentId: posts.parentId })
    .from(posts)
    .where(and(eq(posts.type, 'page'), ne(posts.status, 'trash')))
    .orderBy(posts.title)
  return rows.filter((row) => row.id !== excludeId)
}

export async function countPostsByIds(ids: number[]): Promise<number> {
  if (ids.length === 0) return 0
  const [row] = await db
    .select({ count: sql<number>`count(*)` })
    .from(posts)
    .where(inArray(posts.id, ids))
  return row?.count ?? 0
}
