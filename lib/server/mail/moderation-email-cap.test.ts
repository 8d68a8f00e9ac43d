import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
delete process.env.SMTP_URL
const { db } = await import('@/db/client')
const { seedDemoContent } = await import('@/db/seed')
const { insertComment } = await import('@/db/queries/comments')
const { countOutbox } = await import('@/db/queries/outbox')
const { posts } = await import('@/db/schema')
const { moderationEmailLimits } = await import('@/lib/comments/moderation')
const { notifyAuthorOfPendingComment } = await import('@/test/notification-queue')

let postId = 0

beforeAll(async () => {
  await seedDemoContent(db)
  const [post] = await db.select().from(posts).limit(1)
  if (!post) throw new Error('no post')
  postId = post.id
})

describe('notifyAuthorOfPendingComment', () => {
  it('caps the "please moderate" emails of a comment flood', async () => {
    const before = await countOutbox()
    for (let index = 0; index < moderationEmailLimits.perWindow + 5; index += 1) {
      const comment = await insertComment({ postId, authorName: 'Flood', authorEmail: `flood${index}@example.com`, body: `Flood ${index}`, status: 'pending' })
      await notifyAuthorOfPendingComment(comment.id)
    }
    expect((await countOutbox()) - before).toBe(moderationEmailLimits.perWindow)
  })
})
