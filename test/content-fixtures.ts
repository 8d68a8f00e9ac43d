import type { SavePostValues } from '@/db/queries/admin-posts'
import { db } from '@/db/client'
import { authors, categories, comments, postCategories, posts, postTags, tags, type NewComment, type NewPost } from '@/db/schema'

// Rows for query tests, written straight into the temporary database (test/temp-database.ts). Import
// this module after openTemporaryDatabase(), as the tests import db/ itself.

async function one<Row>(rows: Promise<Row[]>): Promise<Row> {
  const [row] = await rows
  if (!row) throw new Error('the insert returned no row')
  return row
}

export async function insertAuthor(values: { email: string; name: string; slug: string }): Promise<number> {
  return (await one(db.insert(authors).values(values).returning({ id: authors.id }))).id
}

export async function insertCategory(name: string, slug: string, parentId: number | null = null): Promise<number> {
  return (await one(db.insert(categories).values({ name, slug, parentId }).returning({ id: categories.id }))).id
}

export async function insertTag(name: string, slug: string): Promise<number> {
  return (await one(db.insert(tags).values({ name, slug }).returning({ id: tags.id }))).id
}

/** A published post unless told otherwise, filed under the given categories and tags. */
export async function insertPost(
  values: Partial<NewPost> & { slug: string; authorId: number },
  terms: { categoryIds?: number[]; tagIds?: number[] } = {},
): Promise<number> {
  const { id } = await one(
    db
      .insert(posts)
      .values({ title: values.slug, status: 'published', publishedAt: 1_000, ...values })
      .returning({ id: posts.id }),
  )
  for (const categoryId of terms.categoryIds ?? []) await db.insert(postCategories).values({ postId: id, categoryId })
  for (const tagId of terms.tagIds ?? []) await db.insert(postTags).values({ postId: id, tagId })
  return id
}

export async function insertTestComment(values: Partial<NewComment> & { postId: number }): Promise<number> {
  return (
    await one(
      db
        .insert(comments)
        .values({ authorName: 'Ada', body: 'A comment.', ...values })
        .returning({ id: comments.id }),
    )
  ).id
}

/** Everything savePost (db/queries/admin-posts.ts) needs, for a draft post unless told otherwise. */
export function savePostValues(values: Partial<SavePostValues> & { authorId: number; title: string; slug: string }): SavePostValues {
  return {
    id: null,
    type: 'post',
    status: 'draft',
    excerpt: '',
    body: '<p>x</p>',
    keyPoints: null,
    changeNote: '',
    lastReviewedAt: null,
    parentId: null,
    featuredMediaId: null,
    isAffiliate: false,
    isSticky: false,
    commentStatus: 'open',
    publishedAt: null,
    updatedAt: null,
    primaryCategoryId: null,
    categoryIds: [],
    tagNames: [],
    tagSlugs: [],
    revisionNote: 'save',
    ...values,
  }
}
