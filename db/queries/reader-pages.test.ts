import { beforeAll, describe, expect, it } from 'vitest'
import { installNextDataCache } from '@/test/next-data-cache'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
await installNextDataCache()
const { insertAuthor, insertCategory, insertPost, insertTag, insertTestComment } = await import('@/test/content-fixtures')
const queries = await import('./reader-pages')

const ids = { cafe: 0, pacing: 0, close: 0, loose: 0, about: 0, story: 0 }

beforeAll(async () => {
  const authorId = await insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren' })
  await insertAuthor({ email: 'second@example.com', name: 'Second', slug: 'second' })
  const fibro = await insertCategory('Fibromyalgia', 'fibromyalgia')
  const sleep = await insertTag('Sleep', 'sleep')
  const pacingTag = await insertTag('Pacing', 'pacing')

  ids.cafe = await insertPost({ slug: 'café-days', title: 'Café days', authorId }, { categoryIds: [fibro], tagIds: [sleep, pacingTag] })
  ids.pacing = await insertPost({ slug: 'pacing', title: 'Pacing', authorId })
  ids.close = await insertPost({ slug: 'close', authorId, publishedAt: 2_000 }, { tagIds: [sleep, pacingTag] })
  ids.loose = await insertPost({ slug: 'loose', authorId, publishedAt: 3_000 }, { categoryIds: [fibro] })
  await insertPost({ slug: 'unrelated', authorId })
  await insertPost({ slug: 'related-draft', status: 'draft', authorId }, { tagIds: [sleep, pacingTag] })
  await insertPost({ slug: 'a-draft', status: 'draft', authorId })
  await insertPost({ slug: 'later', status: 'scheduled', publishedAt: Date.now() + 86_400_000, authorId })
  ids.about = await insertPost({ slug: 'about', title: 'About', type: 'page', authorId })
  ids.story = await insertPost({ slug: 'ma-vie', title: 'Ma vie', type: 'page', parentId: ids.about, authorId })
  await insertPost({ slug: 'über', title: 'Über', type: 'page', authorId })

  await insertTestComment({ postId: ids.cafe, status: 'approved', authorName: 'Ada', authorEmail: 'ada@example.com', body: 'Seen.' })
  await insertTestComment({ postId: ids.cafe, status: 'pending', authorName: 'Bo', authorEmail: 'bo@example.com', body: 'Waiting.' })
  await insertTestComment({ postId: ids.pacing, status: 'approved', authorName: 'Cy', authorEmail: 'cy@example.com', body: 'Elsewhere.' })
})

describe('resolveReaderPath', () => {
  it('finds a post by its percent-encoded slug, as the router hands it over', async () => {
    const found = await queries.resolveReaderPath(['caf%C3%A9-days'])
    expect(found).toMatchObject({ kind: 'post', commentPage: 1, post: { id: ids.cafe, title: 'Café days' } })
  })

  it('reads /{slug}/comment-page-N as that comment page of the post', async () => {
    expect(await queries.resolveReaderPath(['pacing', 'comment-page-3'])).toMatchObject({ kind: 'post', commentPage: 3, post: { id: ids.pacing } })
  })

  it('finds a page by its path in the page tree, decoding each segment, with its ancestors', async () => {
    const found = await queries.resolveReaderPath(['about', 'ma-vie'])
    expect(found).toMatchObject({ kind: 'page', page: { id: ids.story }, ancestors: [{ title: 'About', path: '/about' }] })
    expect(await queries.resolveReaderPath(['%C3%BCber'])).toMatchObject({ kind: 'page', page: { title: 'Über' }, ancestors: [] })
  })

  it('answers null for drafts, scheduled posts, comment pages of a page, and unknown paths', async () => {
    for (const path of [['a-draft'], ['later'], ['about', 'comment-page-2'], ['no-such-thing'], ['ma-vie'], ['pacing', 'about']]) {
      expect(await queries.resolveReaderPath(path)).toBeNull()
    }
  })
})

describe('loadPostContext', () => {
  it("gathers the post's approved comments without emails, the related published posts and the site author", async () => {
    const context = await queries.loadPostContext(ids.cafe)
    expect(context.comments.map((comment) => comment.body)).toEqual(['Seen.'])
    expect(JSON.stringify(context.comments)).not.toContain('@example.com')
    // Two shared tags outrank one shared category; drafts and posts sharing nothing are left out.
    expect(context.related.map((post) => post.slug)).toEqual(['close', 'loose'])
    expect(context.author).toMatchObject({ name: 'Maren', slug: 'maren' })
    expect(JSON.stringify(context.author)).not.toContain('@example.com')
    expect(context.categories.map((category) => category.slug)).toEqual(['fibromyalgia'])
    expect(context.settings.siteTitle).toMatch(/\S/)
  })

  it('has no related posts for a post that shares nothing', async () => {
    expect((await queries.loadPostContext(ids.pacing)).related).toEqual([])
  })
})
