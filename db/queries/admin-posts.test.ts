import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { seedDemoContent } = await import('../seed')
const queries = await import('./admin-posts')
const { authors } = await import('../schema')
const { savePostValues } = await import('@/test/content-fixtures')

let authorId = 0
beforeAll(async () => {
  await seedDemoContent(db)
  authorId = (await db.select({ id: authors.id }).from(authors))[0]?.id ?? 0
})

const draft = (title: string, slug: string) => savePostValues({ authorId, title, slug, tagNames: ['Brand New Tag'], tagSlugs: ['brand-new-tag'] })

describe('admin post queries on a real database', () => {
  it('saves a post with new tags and a revision, in one go', async () => {
    const saved = await queries.savePost(draft('Tea & 100% rest', 'tea-rest'))
    expect(saved.createdTags).toBe(1)
    const loaded = await queries.getPostForEdit(saved.id)
    expect(loaded?.tagNames).toEqual(['Brand New Tag'])
    expect(await queries.listRevisions(saved.id)).toHaveLength(1)
  })

  it('searches titles literally: % and _ are not wildcards', async () => {
    const literal = await queries.listAdminPosts({ type: 'post', status: 'all', query: '100%', page: 1, perPage: 20 })
    expect(literal.rows.map((row) => row.title)).toEqual(['Tea & 100% rest'])
    const wildcard = await queries.listAdminPosts({ type: 'post', status: 'all', query: '%', page: 1, perPage: 20 })
    expect(wildcard.rows.map((row) => row.title)).toEqual(['Tea & 100% rest'])
  })

  it('keeps post slugs and top-level page slugs in one namespace, child pages per parent', async () => {
    expect(await queries.isSlugTaken('about', { type: 'post', parentId: null, excludeId: null })).toBe(true)
    expect(await queries.isSlugTaken('memantine-for-fibromyalgia', { type: 'page', parentId: null, excludeId: null })).toBe(true)
    expect(await queries.isSlugTaken('memantine-for-fibromyalgia', { type: 'page', parentId: 1, excludeId: null })).toBe(false)
  })

  it('trashes and restores to draft, or to published if it was', async () => {
    const saved = await queries.savePost(draft('Going to the trash', 'going-to-the-trash'))
    await queries.setPostTrashed(saved.id, true)
    expect((await queries.getPostForEdit(saved.id))?.status).toBe('trash')
    await queries.setPostTrashed(saved.id, false)
    expect((await queries.getPostForEdit(saved.id))?.status).toBe('draft')
  })

  it('publishes what is due and nothing else', async () => {
    const now = Date.now()
    const due = await queries.savePost({ ...draft('Due now', 'due-now'), status: 'scheduled', publishedAt: now - 1000 })
    const later = await queries.savePost({ ...draft('Due later', 'due-later'), status: 'scheduled', publishedAt: now + 3_600_000 })
    expect(await queries.publishDuePosts(now)).toBe(1)
    expect((await queries.getPostForEdit(due.id))?.status).toBe('published')
    expect((await queries.getPostForEdit(later.id))?.status).toBe('scheduled')
    expect(await queries.getNextScheduledTime()).toBe(now + 3_600_000)
  })
})
