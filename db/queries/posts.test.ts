import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { media, posts: postsTable } = await import('../schema')
const { eq } = await import('drizzle-orm')
const { insertAuthor, insertCategory, insertPost, insertTag } = await import('@/test/content-fixtures')
const queries = await import('./posts')

const ids = {
  maren: 0,
  guest: 0,
  conditions: 0,
  fibro: 0,
  pacing: 0,
  sleep: 0,
  sticky: 0,
  old: 0,
  middle: 0,
  newest: 0,
  byGuest: 0,
  draft: 0,
  about: 0,
  story: 0,
}
const future = Date.now() + 86_400_000

beforeAll(async () => {
  ids.maren = await insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren' })
  ids.guest = await insertAuthor({ email: 'guest@example.com', name: 'Guest Writer', slug: 'guest-writer' })
  ids.conditions = await insertCategory('Conditions', 'conditions')
  ids.fibro = await insertCategory('Fibromyalgia', 'fibromyalgia', ids.conditions)
  ids.pacing = await insertTag('Pacing', 'pacing')
  ids.sleep = await insertTag('Sleep', 'sleep')
  const [image] = await db
    .insert(media)
    .values({ fileName: '2026/01/spoons.jpg', mimeType: 'image/jpeg', sizeBytes: 10, width: 800, height: 600, alt: 'A row of spoons', caption: 'Spoons' })
    .returning({ id: media.id })

  ids.sticky = await insertPost({ slug: 'start-here', authorId: ids.maren, publishedAt: 500, isSticky: true })
  ids.old = await insertPost({ slug: 'old-post', authorId: ids.maren, publishedAt: 1_000 }, { categoryIds: [ids.conditions], tagIds: [ids.pacing] })
  ids.middle = await insertPost(
    { slug: 'middle-post', authorId: ids.maren, publishedAt: 2_000, keyPoints: ['Rest first', 'Then move'], featuredMediaId: image?.id ?? null },
    { categoryIds: [ids.fibro, ids.conditions], tagIds: [ids.sleep, ids.pacing] },
  )
  ids.newest = await insertPost({ slug: 'newest-post', authorId: ids.maren, publishedAt: 3_000 }, { categoryIds: [ids.fibro] })
  ids.byGuest = await insertPost({ slug: 'guest-post', authorId: ids.guest, publishedAt: 1_500 }, { tagIds: [ids.sleep] })

  // Never shown to readers, though filed under the same terms.
  ids.draft = await insertPost({ slug: 'a-draft', authorId: ids.maren, status: 'draft', publishedAt: null }, { categoryIds: [ids.fibro], tagIds: [ids.pacing] })
  await insertPost({ slug: 'scheduled', authorId: ids.maren, status: 'scheduled', publishedAt: future }, { categoryIds: [ids.fibro], tagIds: [ids.pacing] })
  await insertPost(
    { slug: 'trashed', authorId: ids.maren, status: 'trash', publishedAt: 4_000, isSticky: true },
    { categoryIds: [ids.fibro], tagIds: [ids.pacing] },
  )

  ids.about = await insertPost({ slug: 'about', title: 'About', type: 'page', authorId: ids.maren, publishedAt: 5_000 })
  ids.story = await insertPost({ slug: 'story', title: 'My story', type: 'page', parentId: ids.about, authorId: ids.maren, publishedAt: 5_000 })
  const unfinished = await insertPost({ slug: 'unfinished', type: 'page', status: 'draft', parentId: ids.about, authorId: ids.maren })
  // Published, but under a draft: readers cannot reach it, so nothing may link to it.
  await insertPost({ slug: 'below-a-draft', type: 'page', parentId: unfinished, authorId: ids.maren })
})

const slugsOf = (result: { posts: { slug: string }[] }) => result.posts.map((post) => post.slug)

describe('listPublishedPosts', () => {
  it('lists only published posts, newest first, with the total', async () => {
    const result = await queries.listPublishedPosts({}, 1, 10)
    expect(slugsOf(result)).toEqual(['newest-post', 'middle-post', 'guest-post', 'old-post', 'start-here'])
    expect(result.total).toBe(5)
  })

  it('puts sticky posts first only when asked', async () => {
    expect(slugsOf(await queries.listPublishedPosts({}, 1, 3, { stickyFirst: true }))).toEqual(['start-here', 'newest-post', 'middle-post'])
    expect(slugsOf(await queries.listPublishedPosts({}, 1, 3))).not.toContain('start-here')
  })

  it('pages through the list without repeating or losing a post, and answers an empty page past the end', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => queries.listPublishedPosts({}, page, 2)))
    expect(pages.map(slugsOf)).toEqual([['newest-post', 'middle-post'], ['guest-post', 'old-post'], ['start-here']])
    expect(pages.map((page) => page.total)).toEqual([5, 5, 5])
    const beyond = await queries.listPublishedPosts({}, 4, 2)
    expect(beyond).toEqual({ posts: [], total: 5 })
  })

  it('breaks a tie in publication date by the newer id', async () => {
    const twin = await insertPost({ slug: 'twin-of-old', authorId: ids.maren, publishedAt: 1_000 })
    try {
      expect(slugsOf(await queries.listPublishedPosts({}, 1, 10)).slice(3, 5)).toEqual(['twin-of-old', 'old-post'])
    } finally {
      await db.delete(postsTable).where(eq(postsTable.id, twin))
    }
  })

  it('filters by categories, tag and author, and an empty category list matches nothing', async () => {
    expect(slugsOf(await queries.listPublishedPosts({ categoryIds: [ids.fibro] }, 1, 10))).toEqual(['newest-post', 'middle-post'])
    const underConditions = await queries.listPublishedPosts({ categoryIds: [ids.conditions, ids.fibro] }, 1, 10)
    expect(slugsOf(underConditions)).toEqual(['newest-post', 'middle-post', 'old-post'])
    expect(underConditions.total).toBe(3)
    expect(slugsOf(await queries.listPublishedPosts({ tagId: ids.pacing }, 1, 10))).toEqual(['middle-post', 'old-post'])
    expect(slugsOf(await queries.listPublishedPosts({ authorId: ids.guest }, 1, 10))).toEqual(['guest-post'])
    expect(slugsOf(await queries.listPublishedPosts({ tagId: ids.sleep, authorId: ids.maren }, 1, 10))).toEqual(['middle-post'])
    expect(await queries.listPublishedPosts({ categoryIds: [] }, 1, 10)).toEqual({ posts: [], total: 0 })
  })

  it("attaches each post's own categories and tags by name, and its author without the email", async () => {
    const { posts } = await queries.listPublishedPosts({}, 1, 10)
    const middle = posts.find((post) => post.slug === 'middle-post')
    expect(middle?.categories.map((term) => term.slug)).toEqual(['conditions', 'fibromyalgia'])
    expect(middle?.tags.map((term) => term.slug)).toEqual(['pacing', 'sleep'])
    expect(middle?.author).toEqual({ name: 'Maren', slug: 'maren' })
    expect(posts.find((post) => post.slug === 'start-here')).toMatchObject({ categories: [], tags: [], isSticky: true })
    expect(JSON.stringify(posts)).not.toContain('@example.com')
  })
})

describe('getPublishedPostBySlug', () => {
  it('answers a published post with its terms, key points and featured image', async () => {
    const post = await queries.getPublishedPostBySlug('middle-post')
    expect(post).toMatchObject({
      id: ids.middle,
      type: 'post',
      keyPoints: ['Rest first', 'Then move'],
      authorId: ids.maren,
      author: { name: 'Maren', slug: 'maren' },
      featuredImage: { url: '/media/2026/01/spoons.jpg', alt: 'A row of spoons', caption: 'Spoons', width: 800, height: 600 },
    })
    expect(post?.categories.map((term) => term.id)).toEqual([ids.conditions, ids.fibro])
    expect(JSON.stringify(post)).not.toContain('@example.com')
    expect((await queries.getPublishedPostBySlug('old-post'))?.featuredImage).toBeNull()
  })

  it('answers null for a draft, a scheduled or a trashed post, a page, and an unknown slug', async () => {
    for (const slug of ['a-draft', 'scheduled', 'trashed', 'about', 'no-such-post']) expect(await queries.getPublishedPostBySlug(slug)).toBeNull()
  })
})

describe('getPublishedPageByPath', () => {
  it('follows the page tree and returns the ancestors as crumbs', async () => {
    const found = await queries.getPublishedPageByPath(['about', 'story'])
    expect(found?.page).toMatchObject({ id: ids.story, type: 'page', title: 'My story' })
    expect(found?.ancestors).toEqual([{ title: 'About', path: '/about' }])
    expect((await queries.getPublishedPageByPath(['about']))?.ancestors).toEqual([])
  })

  it('answers null for a child asked at the top level, a draft page, a post, or a wrong parent', async () => {
    expect(await queries.getPublishedPageByPath(['story'])).toBeNull()
    expect(await queries.getPublishedPageByPath(['about', 'unfinished'])).toBeNull()
    expect(await queries.getPublishedPageByPath(['about', 'unfinished', 'below-a-draft'])).toBeNull()
    expect(await queries.getPublishedPageByPath(['below-a-draft'])).toBeNull()
    expect(await queries.getPublishedPageByPath(['old-post'])).toBeNull()
    expect(await queries.getPublishedPageByPath(['old-post', 'story'])).toBeNull()
    expect(await queries.getPublishedPageByPath(['about', 'story', 'story'])).toBeNull()
  })
})

describe('listPublishedPagePaths and listRelationCandidates', () => {
  it('gives every published page its full path and leaves out drafts and pages below a draft', async () => {
    const paths = await queries.listPublishedPagePaths()
    expect(paths.map((page) => page.path).sort()).toEqual(['/about', '/about/story'])
    expect(paths.find((page) => page.id === ids.story)).toEqual({ id: ids.story, title: 'My story', path: '/about/story' })
  })

  it('offers only published posts, each with its own term ids', async () => {
    const candidates = await queries.listRelationCandidates()
    expect(candidates.map((candidate) => candidate.slug).sort()).toEqual(['guest-post', 'middle-post', 'newest-post', 'old-post', 'start-here'])
    const middle = candidates.find((candidate) => candidate.id === ids.middle)
    expect(middle?.tagIds.sort()).toEqual([ids.pacing, ids.sleep].sort())
    expect(middle?.categoryIds.sort()).toEqual([ids.conditions, ids.fibro].sort())
    expect(candidates.find((candidate) => candidate.id === ids.sticky)).toMatchObject({ tagIds: [], categoryIds: [], publishedAt: 500 })
  })
})

describe('getPostDetailById', () => {
  it('answers any status, for the preview, and null for an unknown id', async () => {
    expect(await queries.getPostDetailById(ids.draft)).toMatchObject({ slug: 'a-draft', publishedAt: null })
    expect(await queries.getPostDetailById(ids.story)).toMatchObject({ slug: 'story', parentId: ids.about })
    expect(await queries.getPostDetailById(999_999)).toBeNull()
  })
})
