import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('@/db/client')
const { seedDemoContent } = await import('@/db/seed')
const { insertComment, listApprovedComments } = await import('@/db/queries/comments')
const { authors, posts } = await import('@/db/schema')
const { eq } = await import('drizzle-orm')
const { decideModeration } = await import('@/lib/comments/moderation')
const { defaultSettings } = await import('@/lib/settings')
const { loadModerationContext } = await import('./moderation-context')

let postId = 0
let author = { id: 0, name: '', email: '' }

beforeAll(async () => {
  await seedDemoContent(db)
  const [post] = await db.select().from(posts).where(eq(posts.slug, 'memantine-for-fibromyalgia'))
  const [row] = await db.select().from(authors)
  if (!post || !row) throw new Error('seed lost its post or author')
  postId = post.id
  author = { id: row.id, name: row.name, email: row.email }
  // The author has answered before: an approved comment with her own email exists.
  await insertComment({ postId, authorId: author.id, authorName: author.name, authorEmail: author.email, body: 'Thank you all.', status: 'approved' })
  await insertComment({ postId, authorName: 'Ada', authorEmail: 'ada@example.com', body: 'A first comment, approved.', status: 'approved' })
})

async function verdictFor(name: string, email: string, settings = defaultSettings) {
  const input = { postId, author: name, email, url: '', comment: `Hello from ${name} ${Math.random()}`, isHoneypotFilled: false, startedAt: null }
  const context = await loadModerationContext(input, `198.51.100.${Math.floor(Math.random() * 250)}`, { ...settings, commentFloodSeconds: 0 }, Date.now())
  return decideModeration(input, context).kind
}

describe('a guest cannot borrow an author identity', () => {
  it('holds a guest comment written with the author email and name', async () => {
    expect(await verdictFor(author.name, author.email)).toBe('pending')
    expect(await verdictFor('Someone', author.email.toUpperCase())).toBe('pending')
  })

  it('holds a guest comment under the author display name even with moderation of first comments off', async () => {
    expect(await verdictFor(` ${author.name.toLowerCase()} `, 'stranger@example.net', { ...defaultSettings, commentModerationFirst: false })).toBe('pending')
    expect(await verdictFor('Stranger', 'stranger@example.net', { ...defaultSettings, commentModerationFirst: false })).toBe('approved')
  })

  it('approves a returning commenter only with the same name and email as an approved comment', async () => {
    expect(await verdictFor('Ada', 'ada@example.com')).toBe('approved')
    expect(await verdictFor('Not Ada', 'ada@example.com')).toBe('pending')
  })

  it('never shows a guest comment with the author email with the author badge', async () => {
    const guest = await insertComment({ postId, authorName: author.name, authorEmail: author.email, body: 'Approved by hand.', status: 'approved' })
    const shown = (await listApprovedComments(postId)).find((comment) => comment.id === guest.id)
    expect(shown?.isPostAuthor).toBe(false)
  })
})
