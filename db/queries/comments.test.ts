import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { isDatabaseEmpty, seedDemoContent } = await import('../seed')
const queries = await import('./comments')
const { posts } = await import('../schema')
const { eq } = await import('drizzle-orm')

let postId = 0
let authorId = 0

beforeAll(async () => {
  expect(isDatabaseEmpty(db)).toBe(true)
  await seedDemoContent(db)
  const [post] = await db.select().from(posts).where(eq(posts.slug, 'memantine-for-fibromyalgia'))
  if (!post) throw new Error('seed lost the memantine post')
  postId = post.id
  authorId = post.authorId
})

const base = () => ({ postId, authorName: 'Ada', authorEmail: 'ada@example.com', body: 'Thank you for this.', authorIp: '203.0.113.9' })

describe('comment queries on a real database', () => {
  it('lists approved comments without ever returning the email', async () => {
    const listed = await queries.listApprovedComments(postId)
    expect(listed).toHaveLength(3)
    for (const comment of listed) expect(JSON.stringify(comment)).not.toMatch(/@example\.com/)
  })

  it('counts only approved comments on the post, in the same transaction', async () => {
    const before = (await db.select().from(posts).where(eq(posts.id, postId)))[0]?.commentCount ?? -1
    await queries.insertComment({ ...base(), status: 'pending' })
    await queries.insertComment({ ...base(), body: 'An approved one.', status: 'approved' })
    const after = (await db.select().from(posts).where(eq(posts.id, postId)))[0]?.commentCount ?? -1
    expect(after).toBe(before + 1)
  })

  it('knows trusted emails, duplicates and the last comment time per IP', async () => {
    expect(await queries.hasApprovedGuestComment('Ada', 'ada@example.com')).toBe(true)
    expect(await queries.hasApprovedGuestComment(' ada ', 'ADA@example.com')).toBe(true)
    expect(await queries.hasApprovedGuestComment('Someone Else', 'ada@example.com')).toBe(false)
    expect(await queries.hasApprovedGuestComment('Ada', 'nobody@example.com')).toBe(false)
    expect(await queries.isDuplicateComment(postId, 'ada@example.com', 'Thank you for this.')).toBe(true)
    expect(await queries.isDuplicateComment(postId, 'ada@example.com', 'Something new.')).toBe(false)
    expect(await queries.getLastCommentTimeFromIp('203.0.113.9')).toBeGreaterThan(Date.now() - 60_000)
    expect(await queries.getLastCommentTimeFromIp('198.51.100.1')).toBeNull()
  })

  it('walks approved ancestors and refuses parents from other posts or not approved', async () => {
    const top = await queries.insertComment({ ...base(), body: 'top', status: 'approved' })
    const reply = await queries.insertComment({ ...base(), body: 'reply', parentId: top.id, status: 'approved' })
    const pending = await queries.insertComment({ ...base(), body: 'waiting', status: 'pending' })
    expect(await queries.listApprovedAncestors(reply.id, postId)).toEqual([reply.id, top.id])
    expect(await queries.listApprovedAncestors(reply.id, postId + 1)).toBeNull()
    expect(await queries.listApprovedAncestors(pending.id, postId)).toBeNull()
  })

  it('finds only published posts as commentable', async () => {
    expect((await queries.getCommentablePost(postId))?.authorId).toBe(authorId)
    await db.update(posts).set({ status: 'draft' }).where(eq(posts.id, postId))
    expect(await queries.getCommentablePost(postId)).toBeNull()
    await db.update(posts).set({ status: 'published' }).where(eq(posts.id, postId))
    expect(await queries.getCommentablePost(999_999)).toBeNull()
  })
})
