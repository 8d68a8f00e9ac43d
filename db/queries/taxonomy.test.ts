import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { insertAuthor, insertCategory, insertPost, insertTag } = await import('@/test/content-fixtures')
const queries = await import('./taxonomy')

const ids = { conditions: 0, fibro: 0, unused: 0, pacing: 0, sleep: 0, apples: 0, draftOnly: 0 }

beforeAll(async () => {
  const authorId = await insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren' })
  ids.conditions = await insertCategory('Conditions', 'conditions')
  ids.fibro = await insertCategory('Fibromyalgia', 'fibromyalgia', ids.conditions)
  ids.unused = await insertCategory('Archive', 'archive')
  ids.pacing = await insertTag('Pacing', 'pacing')
  ids.sleep = await insertTag('Sleep', 'sleep')
  ids.apples = await insertTag('Apples', 'apples')
  ids.draftOnly = await insertTag('Draft only', 'draft-only')

  await insertPost({ slug: 'one', authorId }, { categoryIds: [ids.conditions, ids.fibro], tagIds: [ids.pacing, ids.sleep, ids.apples] })
  await insertPost({ slug: 'two', authorId }, { categoryIds: [ids.fibro], tagIds: [ids.pacing, ids.sleep] })
  await insertPost({ slug: 'three', authorId }, { categoryIds: [ids.fibro], tagIds: [ids.pacing] })
  // Drafts, scheduled and trashed posts and pages are filed too, and must not be counted.
  for (const status of ['draft', 'scheduled', 'trash'] as const) {
    await insertPost({ slug: `not-${status}`, status, authorId }, { categoryIds: [ids.conditions, ids.unused], tagIds: [ids.apples, ids.draftOnly] })
  }
  await insertPost({ slug: 'a-page', type: 'page', authorId }, { categoryIds: [ids.unused], tagIds: [ids.apples, ids.draftOnly] })
})

describe('listCategories', () => {
  it('lists every category by name with its parent and its count of published posts only', async () => {
    expect(await queries.listCategories()).toEqual([
      { id: ids.unused, name: 'Archive', slug: 'archive', parentId: null, description: '', postCount: 0 },
      { id: ids.conditions, name: 'Conditions', slug: 'conditions', parentId: null, description: '', postCount: 1 },
      { id: ids.fibro, name: 'Fibromyalgia', slug: 'fibromyalgia', parentId: ids.conditions, description: '', postCount: 3 },
    ])
  })
})

describe('listPopularTags', () => {
  it('puts the most used first, breaks ties by name, and counts published posts only', async () => {
    expect(await queries.listPopularTags()).toEqual([
      { id: ids.pacing, name: 'Pacing', slug: 'pacing', postCount: 3 },
      { id: ids.sleep, name: 'Sleep', slug: 'sleep', postCount: 2 },
      { id: ids.apples, name: 'Apples', slug: 'apples', postCount: 1 },
    ])
  })

  it('keeps only the top of the list under a limit', async () => {
    expect((await queries.listPopularTags(2)).map((tag) => tag.slug)).toEqual(['pacing', 'sleep'])
  })
})

describe('getTagBySlug', () => {
  it('finds a tag by its exact slug, used or not, and answers null for an unknown one', async () => {
    expect(await queries.getTagBySlug('draft-only')).toEqual({ id: ids.draftOnly, name: 'Draft only', slug: 'draft-only', description: '' })
    expect(await queries.getTagBySlug('Pacing')).toBeNull()
    expect(await queries.getTagBySlug('nothing')).toBeNull()
  })
})
