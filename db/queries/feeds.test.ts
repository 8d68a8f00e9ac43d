import { beforeEach, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { listFeedComments, listFeedPosts } = await import('./feeds')
const { listSitemapEntries } = await import('./sitemap')
const { authors, categories, comments, media, postCategories, posts, postTags, tags } = await import('../schema')

let authorId = 0

beforeEach(async () => {
  for (const table of [comments, postCategories, postTags, posts, categories, tags, media, authors]) await db.delete(table)
  authorId = (await db.insert(authors).values({ email: 'maren@example.com', name: 'Maren', slug: 'maren' }).returning({ id: authors.id }))[0]?.id ?? 0
})

async function post(slug: string, fields: Partial<typeof posts.$inferInsert> = {}) {
  const [row] = await db
    .insert(posts)
    .values({ slug, title: slug, authorId, status: 'published', publishedAt: 1_000, modifiedAt: 2_000, body: '<p>Body</p>', ...fields })
    .returning({ id: posts.id })
  return row?.id ?? 0
}

describe('listFeedPosts', () => {
  it('lists published posts newest first with key points and the featured image', async () => {
    const [image] = await db.insert(media).values({ fileName: '2026/01/a.jpg', mimeType: 'image/jpeg', sizeBytes: 4321 }).returning({ id: media.id })
    await post('older', { publishedAt: 1_000 })
    await post('newer', { publishedAt: 5_000, keyPoints: ['One', 'Two', 'Three'], featuredMediaId: image?.id ?? null })
    await post('draft', { status: 'draft', publishedAt: 9_000 })
    await post('a-page', { type: 'page', publishedAt: 9_000 })
    const feed = await listFeedPosts({}, 10)
    expect(feed.map((entry) => entry.slug)).toEqual(['newer', 'older'])
    expect(feed[0]).toMatchObject({
      keyPoints: ['One', 'Two', 'Three'],
      modifiedAt: 2_000,
      image: { url: '/media/2026/01/a.jpg', mimeType: 'image/jpeg', sizeBytes: 4321 },
    })
    expect(feed[1]?.image).toBeNull()
    expect(await listFeedPosts({}, 1)).toHaveLength(1)
  })
})

describe('listFeedComments', () => {
  it('lists approved comments on published posts, newest first, without emails', async () => {
    const live = await post('live')
    const draft = await post('hidden', { status: 'draft' })
    const comment = (postId: number, body: string, status: 'approved' | 'pending' | 'spam', createdAt: number) =>
      db.insert(comments).values({ postId, authorName: 'Ada', authorEmail: 'ada-secret@example.com', authorIp: '10.0.0.9', body, status, createdAt })
    await comment(live, 'first', 'approved', 1)
    await comment(live, 'second', 'approved', 2)
    await comment(live, 'held', 'pending', 3)
    await comment(live, 'junk', 'spam', 4)
    await comment(draft, 'on a draft', 'approved', 5)
    const all = await listFeedComments(null, 10)
    expect(all.map((row) => row.body)).toEqual(['second', 'first'])
    expect(JSON.stringify(all)).not.toMatch(/ada-secret|10\.0\.0\.9/)
    expect((await listFeedComments(live, 10)).map((row) => row.body)).toEqual(['second', 'first'])
    expect(await listFeedComments(draft, 10)).toEqual([])
  })
})

describe('listSitemapEntries', () => {
  it('lists home, published posts and pages, and archives with posts, each with its last change', async () => {
    const [parent] = await db.insert(categories).values({ name: 'Health', slug: 'health' }).returning({ id: categories.id })
    const [child] = await db
      .insert(categories)
      .values({ name: 'Sleep', slug: 'sleep', parentId: parent?.id ?? null })
      .returning({ id: categories.id })
    await db.insert(categories).values({ name: 'Empty', slug: 'empty' })
    const [tag] = await db.insert(tags).values({ name: 'Rest', slug: 'rest' }).returning({ id: tags.id })
    const id = await post('a-post', { updatedAt: 7_000 })
    await db.insert(postCategories).values({ postId: id, categoryId: child?.id ?? 0 })
    await db.insert(postTags).values({ postId: id, tagId: tag?.id ?? 0 })
    const about = await post('about', { type: 'page' })
    await post('team', { type: 'page', parentId: about })
    await post('secret', { status: 'draft' })
    const entries = await listSitemapEntries()
    expect(entries).toEqual(
      expect.arrayContaining([
        { path: '/', lastmod: 7_000 },
        { path: '/a-post', lastmod: 7_000 },
        { path: '/about', lastmod: 2_000 },
        { path: '/about/team', lastmod: 2_000 },
        { path: '/category/health/sleep', lastmod: 7_000 },
        { path: '/tag/rest', lastmod: 7_000 },
      ]),
    )
    expect(entries.map((entry) => entry.path)).not.toEqual(expect.arrayContaining(['/secret']))
    expect(entries.some((entry) => entry.path.includes('empty') || entry.path === '/secret')).toBe(false)
    expect(entries).toHaveLength(6)
  })
})
