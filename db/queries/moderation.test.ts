import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { seedDemoContent } = await import('../seed')
const comments = await import('./comments')
const moderation = await import('./moderation')
const schema = await import('../schema')
const { eq } = await import('drizzle-orm')

let postId = 0
let authorId = 0

beforeAll(async () => {
  await seedDemoContent(db)
  const [post] = await db.select().from(schema.posts).where(eq(schema.posts.slug, 'memantine-for-fibromyalgia'))
  if (!post) throw new Error('seed lost the memantine post')
  postId = post.id
  authorId = post.authorId
})

const commentCount = async () => (await db.select().from(schema.posts).where(eq(schema.posts.id, postId)))[0]?.commentCount
const statusOf = async (id: number) => (await db.select().from(schema.comments).where(eq(schema.comments.id, id)))[0]?.status ?? 'gone'
const add = (fields: Partial<import('../schema').NewComment> = {}) =>
  comments.insertComment({
    postId,
    authorName: 'Robin',
    authorEmail: 'robin@example.com',
    authorIp: '198.51.100.4',
    body: `A comment ${Math.random()}`,
    status: 'pending',
    ...fields,
  })

describe('moderation queries on a real database', () => {
  it('counts each queue', async () => {
    const before = await moderation.countCommentsByStatus()
    await add()
    await add({ status: 'spam' })
    const after = await moderation.countCommentsByStatus()
    expect(after.pending).toBe(before.pending + 1)
    expect(after.spam).toBe(before.spam + 1)
    expect(after.approved).toBe(before.approved)
    expect(await moderation.countPendingComments()).toBe(after.pending)
  })

  it('lists a queue newest first with post, parent excerpt, email and IP, and searches it', async () => {
    const [first] = await comments.listApprovedComments(postId)
    if (!first) throw new Error('seed has no approved comment')
    const reply = await add({ parentId: first.id, body: 'A findable needle reply', authorEmail: 'needle@example.com' })
    const { rows, total } = await moderation.listModerationQueue({ status: 'pending', query: 'needle', page: 1, perPage: 20 })
    expect(total).toBe(1)
    expect(rows[0]).toMatchObject({
      id: reply.id,
      authorEmail: 'needle@example.com',
      authorIp: '198.51.100.4',
      postSlug: 'memantine-for-fibromyalgia',
      parentId: first.id,
      parentAuthorName: first.authorName,
    })
    expect(rows[0]?.parentBody).toBe(first.body)
    // LIKE wildcards typed in the search are taken literally.
    expect((await moderation.listModerationQueue({ status: 'pending', query: '%', page: 1, perPage: 20 })).total).toBe(0)
  })

  it('approves, and keeps the approved count in step through every operation', async () => {
    const start = await commentCount()
    const { id } = await add()
    const approved = await moderation.applyModeration([id], 'approve')
    expect(approved.changed).toMatchObject([{ id, from: 'pending', to: 'approved' }])
    expect(await commentCount()).toBe((start ?? 0) + 1)
    expect(await comments.hasApprovedGuestComment('Robin', 'robin@example.com')).toBe(true)

    await moderation.applyModeration([id], 'spam')
    expect(await statusOf(id)).toBe('spam')
    expect(await commentCount()).toBe(start)
    await moderation.applyModeration([id], 'not-spam')
    expect(await statusOf(id)).toBe('approved')
    await moderation.applyModeration([id], 'trash')
    expect(await commentCount()).toBe(start)
    await moderation.applyModeration([id], 'restore')
    expect(await statusOf(id)).toBe('approved')
    expect(await commentCount()).toBe((start ?? 0) + 1)
  })

  it('skips comments an operation does not apply to and reports them', async () => {
    const pending = await add()
    const approved = await add({ status: 'approved' })
    const result = await moderation.applyModeration([pending.id, approved.id, 999_999], 'approve')
    expect(result.changed.map((comment) => comment.id)).toEqual([pending.id])
    expect(result.skipped).toBe(2)
  })

  it('deletes only from Spam or Trash, lifting replies to the deleted comment’s parent', async () => {
    const top = await add({ status: 'approved' })
    const middle = await add({ status: 'approved', parentId: top.id })
    const bottom = await add({ status: 'approved', parentId: middle.id })
    expect((await moderation.applyModeration([middle.id], 'delete')).changed).toHaveLength(0)
    await moderation.applyModeration([middle.id], 'trash')
    await moderation.applyModeration([middle.id], 'delete')
    expect(await statusOf(middle.id)).toBe('gone')
    const [lifted] = await db.select().from(schema.comments).where(eq(schema.comments.id, bottom.id))
    expect(lifted?.parentId).toBe(top.id)
  })

  it('stores the author’s reply approved and marked, approving the pending comment it answers', async () => {
    const question = await add({ body: 'Did it help your sleep?' })
    const before = await commentCount()
    const reply = await moderation.insertAuthorReply({
      parentId: question.id,
      authorId,
      authorName: 'Maren',
      authorEmail: 'maren@example.com',
      body: 'It did, a little.',
      createdAt: Date.now(),
    })
    expect(reply?.approvedParent?.id).toBe(question.id)
    expect(await statusOf(question.id)).toBe('approved')
    expect(await commentCount()).toBe((before ?? 0) + 2)
    const views = await comments.listApprovedComments(postId)
    const shown = views.find((view) => view.id === reply?.id)
    expect(shown).toMatchObject({ parentId: question.id, isPostAuthor: true, authorName: 'Maren' })
  })

  it('refuses a reply to a comment in Spam or Trash and stores nothing', async () => {
    const spam = await add({ status: 'spam' })
    const before = (await db.select().from(schema.comments)).length
    expect(
      await moderation.insertAuthorReply({
        parentId: spam.id,
        authorId,
        authorName: 'Maren',
        authorEmail: 'maren@example.com',
        body: 'No.',
        createdAt: Date.now(),
      }),
    ).toBeNull()
    expect((await db.select().from(schema.comments)).length).toBe(before)
  })

  it('edits the text of a comment', async () => {
    const { id } = await add()
    expect(await moderation.updateCommentText(id, { authorName: 'Robin K.', authorEmail: 'robin@example.org', authorUrl: '', body: 'Fixed a typo.' })).toEqual({
      postId,
      status: 'pending',
    })
    expect((await moderation.getCommentForModeration(id))?.body).toBe('Fixed a typo.')
    expect(await moderation.updateCommentText(999_999, { authorName: 'x', authorEmail: 'x@example.com', authorUrl: '', body: 'x' })).toBeNull()
  })
})
