import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { authors, comments, posts } = await import('../schema')
const { eq } = await import('drizzle-orm')
const { insertComment } = await import('./comments')
const { applyModeration } = await import('./moderation')
const queries = await import('./comment-edits')
const { listOutbox } = await import('./outbox')
const { outboxEmail } = await import('@/lib/server/mail/mailer')

let postId = 0
let authorId = 0

beforeAll(async () => {
  const [author] = await db.insert(authors).values({ email: 'writer@example.com', name: 'Writer', slug: 'writer' }).returning()
  if (!author) throw new Error('no author')
  authorId = author.id
  const [post] = await db
    .insert(posts)
    .values({ title: 'Spoon theory', slug: 'spoon-theory', authorId, status: 'published', publishedAt: Date.now() })
    .returning()
  if (!post) throw new Error('no post')
  postId = post.id
})

const guest = (values: Partial<Parameters<typeof insertComment>[0]> = {}) =>
  insertComment({ postId, authorName: 'Ada', authorEmail: 'ada@example.com', body: 'First words.', status: 'approved', browserKeyHash: 'browser-a', ...values })
const approvedCount = async () => (await db.select().from(posts).where(eq(posts.id, postId)))[0]?.commentCount

describe('guest comment edits on a real database', () => {
  it("opens a guest's approved, pending or spam comment with its post, never an author's or a trashed one", async () => {
    const { id } = await guest()
    expect(await queries.getEditableComment(id)).toMatchObject({
      id,
      postId,
      postSlug: 'spoon-theory',
      postTitle: 'Spoon theory',
      status: 'approved',
      body: 'First words.',
    })
    const byAuthor = await guest({ authorId })
    expect(await queries.getEditableComment(byAuthor.id)).toBeNull()
    const trashed = await guest()
    await applyModeration([trashed.id], 'trash')
    expect(await queries.getEditableComment(trashed.id)).toBeNull()
    expect(await queries.getEditableComment(999_999)).toBeNull()
  })

  it('stores the new text and status and keeps the approved count true', async () => {
    const { id } = await guest()
    const before = await approvedCount()
    expect(await queries.updateGuestComment(id, 'Now with https://a.example https://b.example https://c.example', 'pending')).toEqual({
      postId,
      from: 'approved',
    })
    const [row] = await db.select().from(comments).where(eq(comments.id, id))
    expect(row?.status).toBe('pending')
    expect(row?.body).toContain('https://c.example')
    expect(await approvedCount()).toBe((before ?? 0) - 1)
  })

  it('queues "please moderate" with an edit that sends the comment back to the queue, and only then', async () => {
    const pleaseModerate: Parameters<typeof queries.updateGuestComment>[3] = (notice) =>
      outboxEmail({ to: notice.postAuthorEmail, subject: `Please moderate ${notice.commentId}`, text: notice.comment, html: notice.comment })
    const { id } = await guest()
    const before = (await listOutbox()).length
    await queries.updateGuestComment(id, 'Same rules, still fine.', 'approved', pleaseModerate)
    expect(await listOutbox()).toHaveLength(before)
    await queries.updateGuestComment(id, 'Now held.', 'pending', pleaseModerate)
    const queued = await listOutbox()
    expect(queued).toHaveLength(before + 1)
    expect(queued.find((email) => email.subject === `Please moderate ${id}`)?.toAddress).toBe('writer@example.com')
    // Already waiting: a second edit does not ask again.
    await queries.updateGuestComment(id, 'Held, edited again.', 'pending', pleaseModerate)
    expect(await listOutbox()).toHaveLength(before + 1)
  })

  it('does not touch a comment trashed meanwhile', async () => {
    const { id } = await guest()
    await applyModeration([id], 'trash')
    expect(await queries.updateGuestComment(id, 'sneaky', 'approved')).toBeNull()
    expect((await db.select().from(comments).where(eq(comments.id, id)))[0]?.status).toBe('trash')
  })

  it("lists this browser's recent visible comments on the post, and no one else's", async () => {
    const since = Date.now() - 1000
    const mine = await guest({ browserKeyHash: 'browser-b' })
    const held = await guest({ browserKeyHash: 'browser-b', status: 'pending' })
    await guest({ browserKeyHash: 'browser-b', status: 'spam' })
    await guest({ browserKeyHash: 'browser-c' })
    await guest({ browserKeyHash: 'browser-b', createdAt: since - 60_000 })
    const listed = await queries.listRecentCommentsForBrowser(postId, 'browser-b', since)
    expect(listed.map((row) => row.id).sort()).toEqual([mine.id, held.id].sort())
  })
})
