import 'server-only'
import { and, desc, eq, sql } from 'drizzle-orm'
import { db } from '../client'
import { categories, postCategories, posts, postTags, tags } from '../schema'

export type CategoryView = { id: number; name: string; slug: string; parentId: number | null; description: string; postCount: number }
export type TagCount = { id: number; name: string; slug: string; postCount: number }

const publishedPost = and(eq(posts.status, 'published'), eq(posts.type, 'post'))

export async function listCategories(): Promise<CategoryView[]> {
  const counts = db
    .select({ categoryId: postCategories.categoryId, postCount: sql<number>`count(*)`.as('post_count') })
    .from(postCategories)
    .innerJoin(posts, eq(posts.id, postCategories.postId))
    .where(publishedPost)
    .groupBy(postCategories.categoryId)
    .as('counts')
  const rows = await db
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      parentId: categories.parentId,
      description: categories.description,
      postCount: sql<number>`coalesce(${counts.postCount}, 0)`,
    })
    .from(categories)
    .leftJoin(counts, eq(counts.categoryId, categories.id))
    .orderBy(categories.name)
  return rows
}

// The tag cloud: most used first (WordPress's widget takes the top 45), shown alphabetically by the caller.
export async function listPopularTags(limit = 45): Promise<TagCount[]> {
  const postCount = sql<number>`count(*)`
  return db
    .select({ id: tags.id, name: tags.name, slug: tags.slug, postCount })
    .from(tags)
    .innerJoin(postTags, eq(postTags.tagId, tags.id))
    .innerJoin(posts, eq(posts.id, postTags.postId))
    .where(publishedPost)
    .groupBy(tags.id)
    .orderBy(desc(postCount), tags.name)
    .limit(limit)
}

export async function getTagBySlug(slug: string): Promise<{ id: number; name: string; slug: string; description: string } | null> {
  const [row] = await db.select({ id: tags.id, name: tags.name, slug: tags.slug, description: tags.description }).from(tags).where(eq(tags.slug, slug)).limit(1)
  return row ?? null
}
