import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import { categoryHref } from '@/lib/content/breadcrumbs'
import { db } from '../client'
import { categories, postCategories, posts, postTags, tags } from '../schema'
import { listPublishedPagePaths } from './posts'

export type SitemapEntry = { path: string; lastmod: number | null }

// The last time anything a reader sees of an item changed.
const changedAt = sql<number>`max(coalesce(${posts.publishedAt}, 0), coalesce(${posts.updatedAt}, 0), coalesce(${posts.lastReviewedAt}, 0), ${posts.modifiedAt})`
const isLive = eq(posts.status, 'published')

// Every public URL worth indexing: home, posts, pages, and category and tag archives that have posts.
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const postRows = await db.select({ id: posts.id, type: posts.type, slug: posts.slug, changedAt }).from(posts).where(isLive)
  const pagePaths = new Map((await listPublishedPagePaths()).map((page) => [page.id, page.path]))
  const allCategories = await db.select({ id: categories.id, name: categories.name, slug: categories.slug, parentId: categories.parentId }).from(categories)
  const categoryRows = await db
    .select({ id: postCategories.categoryId, lastmod: sql<number>`max(${changedAt})` })
    .from(postCategories)
    .innerJoin(posts, and(eq(posts.id, postCategories.postId), isLive, eq(posts.type, 'post')))
    .groupBy(postCategories.categoryId)
  const tagRows = await db
    .select({ slug: tags.slug, lastmod: sql<number>`max(${changedAt})` })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .innerJoin(posts, and(eq(posts.id, postTags.postId), isLive, eq(posts.type, 'post')))
    .groupBy(tags.id)
  const newestPost = Math.max(0, ...postRows.filter((row) => row.type === 'post').map((row) => row.changedAt))
  return [
    { path: '/', lastmod: newestPost || null },
    ...postRows.map((row) => ({ path: row.type === 'page' ? (pagePaths.get(row.id) ?? `/${row.slug}`) : `/${row.slug}`, lastmod: row.changedAt })),
    ...categoryRows.map((row) => ({ path: categoryHref(row.id, allCategories), lastmod: row.lastmod })),
    ...tagRows.map((row) => ({ path: `/tag/${encodeURIComponent(row.slug)}`, lastmod: row.lastmod })),
  ]
}
