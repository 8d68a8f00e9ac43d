import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { authors, comments, posts } = await import('../schema')
const { eq } = await import('drizzle-orm')
const queries = await import('./comment-notifications')
const { pauseUntil, replyNotificationPauseMs } = await import('@/lib/comments/notification-pause')

let postId = 0

beforeAll(async () => {
  const [author] = await db.insert(authors).values({ email: 'writer@example.com', name: 'Writer', slug: 'writer' }).returning()
  if (!author) throw new Error('no author')
  const [post] = await db
    .insert(posts)
    .values({ title: 'Pacing on bad days', slug: 'pacing-on-bad-days', authorId: author.id, status: 'published', publishedAt: Date.now() })
    .returning()
  if (!post) throw new Error('no post')
  postId = post.id
})

async function addComment(values: { authorEmail: string; status: 'approved' | 'pending' | 'spam' | 'trash'; notifyReplies: boolean; authorName?: string }) {
  const [row] = await db
    .insert(comments)
    .values({ postId, authorName: values.authorName ?? 'Ada', body: 'A comment.', ...values })
    .returning({ id: comments.id })
  if (!row) throw new Error('no comment')
  return row.id
}

describe('reply notification queries on a real database', () => {
  it("answers the approved parent comment's author with the post", async () => {
    const id = await addComment({ authorEmail: 'ada@example.com', status: 'approved', notifyReplies: true })
    expect(await queries.getReplyNotificationTarget(id)).toEqual({
      email: 'ada@example.com',
      name: 'Ada',
      notifyReplies: true,
      postTitle: 'Pacing on bad days',
      postSlug: 'pacing-on-bad-days',
    })
  })

  it('reports notifyReplies false as stored, so the caller decides', async () => {
    const id = await addComment({ authorEmail: 'quiet@example.com', status: 'approved', notifyReplies: false })
    expect((await queries.getReplyNotificationTarget(id))?.notifyReplies).toBe(false)
  })

  it('answers null for a parent that is not approved, has no email, or does not exist', async () => {
    for (const status of ['pending', 'spam', 'trash'] as const) {
      const id = await addComment({ authorEmail: 'held@example.com', status, notifyReplies: true })
      expect(await queries.getReplyNotificationTarget(id)).toBeNull()
    }
    const imported = await addComment({ authorEmail: '', status: 'approved', notifyReplies: true })
    expect(await queries.getReplyNotificationTarget(imported)).toBeNull()
    expect(await queries.getReplyNotificationTarget(999_999)).toBeNull()
  })

  it("stops notifications on all of that email's comments, whatever its case, and counts them", async () => {
    const first = await addComment({ authorEmail: 'grace@example.com', status: 'approved', notifyReplies: true })
    const second = await addComment({ authorEmail: 'Grace@Example.com', status: 'pending', notifyReplies: true })
    const alreadyOff = await addComment({ authorEmail: 'grace@example.com', status: 'approved', notifyReplies: false })
    const someoneElse = await addComment({ authorEmail: 'ada2@example.com', status: 'approved', notifyReplies: true })

    expect(await queries.stopReplyNotifications('GRACE@example.com ')).toBe(2)
    const flags = async (id: number) => (await db.select().from(comments).where(eq(comments.id, id)))[0]?.notifyReplies
    expect(await flags(first)).toBe(false)
    expect(await flags(second)).toBe(false)
    expect(await flags(alreadyOff)).toBe(false)
    expect(await flags(someoneElse)).toBe(true)

    expect(await queries.stopReplyNotifications('grace@example.com')).toBe(0)
    expect(await queries.stopReplyNotifications('   ')).toBe(0)
    expect(await queries.stopReplyNotifications('nobody@example.com')).toBe(0)
  })

  it('pauses notifications for two weeks, then they come again by themselves', async () => {
    const pausedAt = Date.now()
    const asker = await addComment({ authorEmail: 'flare@example.com', status: 'approved', notifyReplies: true })
    const other = await addComment({ authorEmail: 'steady@example.com', status: 'approved', notifyReplies: true })
    expect(await queries.pauseReplyNotifications(' Flare@Example.com', pauseUntil(pausedAt))).toBe(1)

    expect((await queries.getReplyNotificationTarget(asker, pausedAt))?.notifyReplies).toBe(false)
    expect((await queries.getReplyNotificationTarget(asker, pausedAt + replyNotificationPauseMs - 1))?.notifyReplies).toBe(false)
    expect((await queries.getReplyNotificationTarget(other, pausedAt))?.notifyReplies).toBe(true)
    // The clock moved past the two weeks: the same stored pause no longer holds anything back.
    expect((await queries.getReplyNotificationTarget(asker, pausedAt + replyNotificationPauseMs))?.notifyReplies).toBe(true)
    expect((await queries.getReplyNotificationTarget(asker, pausedAt + 20 * 24 * 60 * 60 * 1000))?.notifyReplies).toBe(true)
  })

  it('a stopped commenter stays stopped after a pause ends', async () => {
    const id = await addComment({ authorEmail: 'both@example.com', status: 'approved', notifyReplies: true })
    await queries.pauseReplyNotifications('both@example.com', pauseUntil(Date.now()))
    await queries.stopReplyNotifications('both@example.com')
    expect((await queries.getReplyNotificationTarget(id, Date.now() + 30 * 24 * 60 * 60 * 1000))?.notifyReplies).toBe(false)
    expect(await queries.pauseReplyNotifications('  ', pauseUntil(Date.now()))).toBe(0)
  })
})
