import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { subscribers } = await import('../schema')
const { insertAuthor, insertPost, insertTestComment } = await import('@/test/content-fixtures')
const queries = await import('./dashboard')

let postId = 0

beforeAll(async () => {
  const authorId = await insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren' })
  postId = await insertPost({ slug: 'pacing', title: 'Pacing', authorId })
  await insertPost({ slug: 'second', authorId })
  await insertPost({ slug: 'draft-1', status: 'draft', authorId })
  await insertPost({ slug: 'draft-2', status: 'draft', authorId })
  await insertPost({ slug: 'draft-3', status: 'draft', authorId })
  await insertPost({ slug: 'later', status: 'scheduled', publishedAt: Date.now() + 86_400_000, authorId })
  await insertPost({ slug: 'gone', status: 'trash', authorId })
  // Pages are not posts: none of them may count.
  await insertPost({ slug: 'about', type: 'page', authorId })
  await insertPost({ slug: 'page-draft', type: 'page', status: 'draft', authorId })

  const statuses = ['pending', 'pending', 'approved', 'spam', 'trash'] as const
  for (const [index, status] of statuses.entries()) {
    await insertTestComment({
      postId,
      status,
      authorName: `Reader ${index}`,
      authorEmail: `reader${index}@example.com`,
      body: `Comment ${index}`,
      createdAt: 1_000 + index,
    })
  }
  await db.insert(subscribers).values([
    { email: 'one@example.com', status: 'confirmed' },
    { email: 'two@example.com', status: 'confirmed' },
    { email: 'three@example.com', status: 'pending' },
    { email: 'four@example.com', status: 'unsubscribed' },
  ])
})

describe('getDashboardCounts', () => {
  it('counts posts by status (pages apart), pending comments and confirmed subscribers', async () => {
    expect(await queries.getDashboardCounts()).toEqual({ published: 2, drafts: 3, scheduled: 1, pendingComments: 2, subscribers: 2 })
  })
})

describe('listRecentComments', () => {
  it('lists the newest comments of any status first, with their post, up to the limit', async () => {
    const recent = await queries.listRecentComments(3)
    expect(recent.map((comment) => [comment.body, comment.status])).toEqual([
      ['Comment 4', 'trash'],
      ['Comment 3', 'spam'],
      ['Comment 2', 'approved'],
    ])
    expect(recent[0]).toMatchObject({ authorName: 'Reader 4', postTitle: 'Pacing', postSlug: 'pacing', createdAt: 1_004 })
    expect(await queries.listRecentComments()).toHaveLength(5)
  })
})

describe('getLastEditedDraft', () => {
  it('is the draft edited last, post or page, and ignores everything that is not a draft', async () => {
    const authorId = await insertAuthor({ email: 'last-draft@example.com', name: 'Last', slug: 'last-draft' })
    await insertPost({ slug: 'older-draft', status: 'draft', title: 'Older', modifiedAt: 5_000_000_000_000, authorId })
    const newest = await insertPost({ slug: 'newest-draft', type: 'page', status: 'draft', title: 'Newest', modifiedAt: 5_000_000_100_000, authorId })
    await insertPost({ slug: 'newer-but-published', status: 'published', title: 'Live', modifiedAt: 5_000_000_200_000, authorId })
    expect(await queries.getLastEditedDraft()).toEqual({ id: newest, type: 'page', title: 'Newest', modifiedAt: 5_000_000_100_000 })
  })
})
