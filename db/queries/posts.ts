import 'server-only'
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { db } from '../client'
import { authors, categories, media, postCategories, posts, postTags, tags } from '../schema'

export type TermRef = { id: number; name: string; slug: string }

export type PostSummary = {
  id: number
  title: string
  slug: string
  excerpt: string
  // Empty for a password-protected post: its text is read only by getProtectedPostText, never cached.
  body: string
  isPasswordProtected: boolean
  publishedAt: number | null
  updatedAt: number | null
  isSticky: boolean
  commentCount: number
  primaryCategoryId: number | null
  categories: TermRef[]
  tags: TermRef[]
  author: { name: string; slug: string }
}

export type FeaturedImage = { url: string; alt: string; caption: string; width: number | null; height: number | null }

export type PostDetail = PostSummary & {
  featuredImage: FeaturedImage | null
  type: 'post' | 'page'
  parentId: number | null
  keyPoints: string[] | null
  changeNote: string
  lastReviewedAt: number | null
  isAffiliate: boolean
  commentStatus: 'open' | 'closed'
  authorId: number
}

const isPublished = and(eq(posts.status, 'published'), eq(posts.type, 'post'))

const summaryColumns = {
  id: posts.id,
  title: posts.title,
  slug: posts.slug,
  excerpt: sql<string>`CASE WHEN ${posts.password} = '' THEN ${posts.excerpt} ELSE '' END`,
  body: sql<string>`CASE WHEN ${posts.password} = '' THEN ${posts.body} ELSE '' END`,
  isPasswordProtected: sql<boolean>`${posts.password} <> ''`.mapWith(Boolean),
  publishedAt: posts.publishedAt,
  updatedAt: posts.updatedAt,
  isSticky: posts.isSticky,
  commentCount: posts.commentCount,
  primaryCategoryId: posts.primaryCategoryId,
  authorName: authors.name,
  authorSlug: authors.slug,
}

type SummaryRow = Omit<PostSummary, 'categories' | 'tags' | 'author'> & { authorName: string; authorSlug: string }

const toTermRef = (term: TermRef & { postId: number }): TermRef => ({ id: term.id, name: term.name, slug: term.slug })

// The categories or tags of these posts, by name, each row saying which post it belongs to.
const termLinks = {
  categories: { link: postCategories, termId: postCategories.categoryId, term: categories },
  tags: { link: postTags, termId: postTags.tagId, term: tags },
} as const

function termsOfPosts(postIds: number[], kind: keyof typeof termLinks): Promise<(TermRef & { postId: number })[]> {
  const { link, termId, term } = termLinks[kind]
  return db
    .select({ postId: link.postId, id: term.id, name: term.name, slug: term.slug })
    .from(link)
    .innerJoin(term, eq(term.id, termId))
    .where(inArray(link.postId, postIds))
    .orderBy(term.name)
}

async function attachTerms(rows: SummaryRow[]): Promise<PostSummary[]> {
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const [categoryRows, tagRows] = await Promise.all([termsOfPosts(ids, 'categories'), termsOfPosts(ids, 'tags')])
  return rows.map(({ authorName, authorSlug, ...row }) => ({
    ...row,
    author: { name: authorName, slug: authorSlug },
    categories: categoryRows.filter((term) => term.postId === row.id).map(toTermRef),
    tags: tagRows.filter((term) => term.postId === row.id).map(toTermRef),
  }))
}

export type PostListFilter = { categoryIds?: number[]; tagId?: number; authorId?: number }

function filterCondition(filter: PostListFilter) {
  const conditions = [isPublished]
  if (filter.categoryIds) {
    conditions.push(
      inArray(
        posts.id,
        db
          .select({ id: postCategories.postId })
          .from(postCategories)
          .where(inArray(postCategories.categoryId, filter.categoryIds.length ? filter.categoryIds : [-1])),
      ),
    )
  }
  if (filter.tagId !== undefined) {
    conditions.push(inArray(posts.id, db.select({ id: postTags.postId }).from(postTags).where(eq(postTags.tagId, filter.tagId))))
  }
  if (filter.authorId !== undefined) conditions.push(eq(posts.authorId, filter.authorId))
  return and(...conditions)
}

// Newest first; on the home page sticky posts lead (WordPress shows them at the top of page one only,
// but keeps them in their place on later pages too — we simply order by stickiness then date).
export async function listPublishedPosts(
  filter: PostListFilter,
  page: number,
  perPage: number,
  options: { stickyFirst?: boolean } = {},
): Promise<{ posts: PostSummary[]; total: number }> {
  const where = filterCondition(filter)
  const [countRow] = await db
    .select({ total: sql<number>`count(*)` })
    .from(posts)
    .where(where)
  const rows = await db
    .select(summaryColumns)
    .from(posts)
    .innerJoin(authors, eq(authors.id, posts.authorId))
    .where(where)
    .orderBy(...(options.stickyFirst ? [desc(posts.isSticky)] : []), desc(posts.publishedAt), desc(posts.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
  return { posts: await attachTerms(rows), total: countRow?.total ?? 0 }
}

const detailColumns = {
  ...summaryColumns,
  type: posts.type,
  parentId: posts.parentId,
  keyPoints: sql<string[] | null>`CASE WHEN ${posts.password} = '' THEN ${posts.keyPoints} ELSE NULL END`.mapWith(posts.keyPoints),
  changeNote: posts.changeNote,
  lastReviewedAt: posts.lastReviewedAt,
  isAffiliate: posts.isAffiliate,
  commentStatus: posts.commentStatus,
  authorId: posts.authorId,
  featuredMediaId: posts.featuredMediaId,
  featuredImageUrl: posts.featuredImageUrl,
}

async function getFeaturedImage(mediaId: number | null): Promise<FeaturedImage | null> {
  if (mediaId === null) return null
  const [row] = await db
    .select({ fileName: media.fileName, alt: media.alt, caption: media.caption, width: media.width, height: media.height })
    .from(media)
    .where(eq(media.id, mediaId))
    .limit(1)
  return row ? { url: `/media/${row.fileName}`, alt: row.alt, caption: row.caption, width: row.width, height: row.height } : null
}

async function toDetail(
  row: (SummaryRow & Omit<PostDetail, keyof PostSummary | 'featuredImage'> & { featuredMediaId: number | null; featuredImageUrl: string }) | undefined,
): Promise<PostDetail | null> {
  if (!row) return null
  const { type, parentId, keyPoints, changeNote, lastReviewedAt, isAffiliate, commentStatus, authorId, featuredMediaId, featuredImageUrl, ...summary } = row
  const [withTerms] = await attachTerms([summary])
  if (!withTerms) return null
  // An imported featured image whose file was not copied (no --uploads) keeps its old URL.
  const featuredImage =
    (await getFeaturedImage(featuredMediaId)) ?? (featuredImageUrl ? { url: featuredImageUrl, alt: '', caption: '', width: null, height: null } : null)
  return { ...withTerms, type, parentId, keyPoints, changeNote, lastReviewedAt, isAffiliate, commentStatus, authorId, featuredImage }
}

export async function getPublishedPostBySlug(slug: string): Promise<PostDetail | null> {
  const [row] = await db
    .select(detailColumns)
    .from(posts)
    .innerJoin(authors, eq(authors.id, posts.authorId))
    .where(and(isPublished, eq(posts.slug, slug)))
    .limit(1)
  return toDetail(row)
}

export type PageCrumb = { title: string; path: string }

// Pages are addressed by their path in the page tree: /about/whats-helped-me-most.
export async function getPublishedPageByPath(segments: readonly string[]): Promise<{ page: PostDetail; ancestors: PageCrumb[] } | null> {
  let parentId: number | null = null
  const ancestors: PageCrumb[] = []
  let path = ''
  let found: Awaited<ReturnType<typeof selectPage>> = undefined
  for (const segment of segments) {
    found = await selectPage(segment, parentId)
    if (!found) return null
    path += `/${found.slug}`
    ancestors.push({ title: found.title, path })
    parentId = found.id
  }
  const page = await toDetail(found)
  return page ? { page, ancestors: ancestors.slice(0, -1) } : null
}

async function selectPage(slug: string, parentId: number | null) {
  const [row] = await db
    .select(detailColumns)
    .from(posts)
    .innerJoin(authors, eq(authors.id, posts.authorId))
    .where(
      and(
        eq(posts.type, 'page'),
        eq(posts.status, 'published'),
        eq(posts.slug, slug),
        parentId === null ? isNull(posts.parentId) : eq(posts.parentId, parentId),
      ),
    )
    .limit(1)
  return row
}

export type RelationCandidate = { id: number; title: string; slug: string; publishedAt: number; tagIds: number[]; categoryIds: number[] }

// Every published post with its term ids: the input of related-post scoring (lib/content/related.ts).
export async function listRelationCandidates(): Promise<RelationCandidate[]> {
  const rows = await db.select({ id: posts.id, title: posts.title, slug: posts.slug, publishedAt: posts.publishedAt }).from(posts).where(isPublished)
  const tagLinks = await db.select().from(postTags)
  const categoryLinks = await db.select().from(postCategories)
  const byPost = new Map(rows.map((row) => [row.id, { ...row, publishedAt: row.publishedAt ?? 0, tagIds: [] as number[], categoryIds: [] as number[] }]))
  for (const link of tagLinks) byPost.get(link.postId)?.tagIds.push(link.tagId)
  for (const link of categoryLinks) byPost.get(link.postId)?.categoryIds.push(link.categoryId)
  return [...byPost.values()]
}

// Path of every published page readers can reach, for links from menus and for the sitemap. A page
// below an unpublished page (or in a parent loop) has no address getPublishedPageByPath answers, so it
// is left out rather than linked at a path that is not found.
export async function listPublishedPagePaths(): Promise<{ id: number; title: string; path: string }[]> {
  const rows = await db
    .select({ id: posts.id, title: posts.title, slug: posts.slug, parentId: posts.parentId })
    .from(posts)
    .where(and(eq(posts.type, 'page'), eq(posts.status, 'published')))
  const byId = new Map(rows.map((row) => [row.id, row]))
  const pathOf = (id: number, seen = new Set<number>()): string | null => {
    const row = byId.get(id)
    if (!row || seen.has(id)) return null
    seen.add(id)
    const parentPath = row.parentId === null ? '' : pathOf(row.parentId, seen)
    return parentPath === null ? null : `${parentPath}/${row.slug}`
  }
  return rows.flatMap((row) => {
    const path = pathOf(row.id)
    return path === null ? [] : [{ id: row.id, title: row.title, path }]
  })
}

// Any status, for the author's preview (the caller checks the session).
export async function getPostDetailById(id: number): Promise<PostDetail | null> {
  const [row] = await db.select(detailColumns).from(posts).innerJoin(authors, eq(authors.id, posts.authorId)).where(eq(posts.id, id)).limit(1)
  return toDetail(row)
}

// The title on a published post's or page's generated share card (app/og/[id]).
export async function getPublishedTitleById(id: number): Promise<{ title: string } | null> {
  const [row] = await db
    .select({ title: posts.title })
    .from(posts)
    .where(and(eq(posts.id, id), eq(posts.status, 'published')))
    .limit(1)
  return row ?? null
}

/** The text of a password-protected published post or page, for a reader who proved the password. */
export async function getProtectedPostText(postId: number): Promise<{ password: string; body: string; keyPoints: string[] | null } | null> {
  const [row] = await db
    .select({ password: posts.password, body: posts.body, keyPoints: posts.keyPoints })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.status, 'published')))
    .limit(1)
  return row ?? null
}

/** A password-protected published post or page by id, to check a reader's password against. */
export async function getPostPassword(postId: number): Promise<{ password: string; path: string } | null> {
  const [row] = await db
    .select({ password: posts.password, slug: posts.slug })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.status, 'published')))
    .limit(1)
  if (!row || row.password === '') return null
  return { password: row.password, path: `/${encodeURIComponent(row.slug)}` }
}
