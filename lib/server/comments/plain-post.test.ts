import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('@/db/client')
const { comments, contentChanges } = await import('@/db/schema')
const { eq } = await import('drizzle-orm')
const { insertAuthor, insertPost, insertTestComment } = await import('@/test/content-fixtures')
const { signFillStamp } = await import('@/lib/comments/fill-stamp')
const { generatedSecret } = await import('@/lib/server/env')
const { plainCommentPostField } = await import('@/lib/comments/comment-form')
const { answerPlainCommentPost, mayBeCommentFormPost } = await import('./plain-post')

const authorId = await insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren' })
const postId = await insertPost({ slug: 'pacing', authorId, commentStatus: 'open', publishedAt: Date.now() - 60_000 })
// Every post here comes from one address, seconds apart.
await (await import('@/db/queries/settings')).updateSettings({ commentFloodSeconds: 0 })

// The front server's part, in front of a stand-in for Next that answers 299 with the body it read.
let nextCalls = 0
function toNext(request: IncomingMessage, response: ServerResponse) {
  nextCalls += 1
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', () => {
    response.writeHead(299)
    response.end(Buffer.concat(chunks))
  })
}
const server = createServer((request, response) => {
  request.headers['x-spoonpress-ip'] = '203.0.113.9'
  if (!mayBeCommentFormPost(request)) return toNext(request, response)
  // Later than the body's arrival, as when the server was busy: the request stream has ended by then.
  setTimeout(() => {
    void answerPlainCommentPost(request, response, true).then((answered) => {
      if (!answered) toNext(request, response)
    })
  }, 30)
})
let origin = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())

function commentForm(fields: Record<string, string>): FormData {
  const form = new FormData()
  const values = {
    [plainCommentPostField.name]: plainCommentPostField.value,
    $ACTION_KEY: 'k1',
    postId: String(postId),
    parentId: '',
    startedAt: signFillStamp(Date.now() - 60_000, generatedSecret('comment-stamp-secret')),
    author: 'Bea',
    email: 'bea@example.com',
    url: '',
    comment: 'Pacing saved my week.',
    ...fields,
  }
  for (const [name, value] of Object.entries(values)) form.append(name, value)
  return form
}

async function post(form: FormData, headers: Record<string, string> = { origin: 'http://placeholder' }) {
  const request = new Request(`${origin}/pacing`, { method: 'POST', body: form })
  const body = Buffer.from(await request.arrayBuffer())
  const response = await fetch(`${origin}/pacing`, {
    method: 'POST',
    body,
    headers: { 'content-type': request.headers.get('content-type') ?? '', ...headers, ...(headers.origin === 'http://placeholder' ? { origin } : {}) },
    redirect: 'manual',
  })
  return { response, sent: body, received: Buffer.from(await response.arrayBuffer()) }
}

const storedBodies = async () =>
  await db.select({ body: comments.body, ip: comments.authorIp, status: comments.status }).from(comments).where(eq(comments.postId, postId))

describe('the comment form posted without JavaScript, answered by the front server', () => {
  it('stores the comment and redirects to it, with the cookies the server action would set', async () => {
    nextCalls = 0
    const { response } = await post(commentForm({ comment: 'First time here.', saveDetails: 'on' }))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/^\/pacing\?unapproved=\d+#comment-\d+$/)
    const cookies = response.headers.getSetCookie()
    expect(cookies.find((line) => line.startsWith('sp_pending='))).toMatch(/; Path=\/; Max-Age=1209600; Secure; HttpOnly; SameSite=lax$/)
    expect(cookies.find((line) => line.startsWith('sp_commenter='))).toMatch(/; Path=\/; Max-Age=31536000; Secure; SameSite=lax$/)
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(nextCalls).toBe(0)
    expect(await storedBodies()).toContainEqual({ body: 'First time here.', ip: '203.0.113.9', status: 'pending' })
  })

  it('passes a refusal on to Next with its body untouched, having stored nothing', async () => {
    nextCalls = 0
    const before = (await storedBodies()).length
    const { response, sent, received } = await post(commentForm({ comment: '' }))
    expect(response.status).toBe(299)
    expect(nextCalls).toBe(1)
    expect(received.equals(sent)).toBe(true)
    expect((await storedBodies()).length).toBe(before)
  })

  it('leaves to Next a post from another origin, without an origin, or from another form', async () => {
    const before = (await storedBodies()).length
    for (const [form, headers] of [
      [commentForm({ comment: 'From elsewhere.' }), { origin: 'https://evil.example' }],
      [commentForm({ comment: 'No origin.' }), {}],
      [commentForm({ comment: 'Another form.', [plainCommentPostField.name]: 'newsletter' }), { origin: 'http://placeholder' }],
    ] as const) {
      nextCalls = 0
      const { response, sent, received } = await post(form, headers)
      expect(response.status).toBe(299)
      expect(nextCalls).toBe(1)
      expect(received.equals(sent)).toBe(true)
    }
    expect((await storedBodies()).length).toBe(before)
  })

  it('records an approved comment in the change log for every process, this one included', async () => {
    await insertTestComment({ postId, authorName: 'Cat', authorEmail: 'cat@example.com', status: 'approved' })
    const { response } = await post(commentForm({ author: 'Cat', email: 'cat@example.com', comment: 'Back again.' }))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/^\/pacing#comment-\d+$/)
    const [change] = await db.select().from(contentChanges)
    expect(change?.tags).toEqual([`comments:${postId}`, 'comment-counts'])
    // Not this process's own id: its change follower applies the row to its Next cache too.
    expect(change?.origin).toMatch(/^unapplied:/)
  })
})
