import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { seedDemoContent } = await import('../seed')
const { insertComment, listApprovedComments } = await import('./comments')
const { insertOutboxEmail } = await import('./outbox')
const { recordHit } = await import('./rate-limits')
const { comments, outbox, posts, rateLimitHits, subscribers } = await import('../schema')
const { eq } = await import('drizzle-orm')
const privacy = await import('./privacy')

const email = 'private.person@example.com'
const ip = '203.0.113.77'
let postId = 0

beforeAll(async () => {
  await seedDemoContent(db)
  const [post] = await db.select().from(posts).where(eq(posts.slug, 'memantine-for-fibromyalgia'))
  if (!post) throw new Error('seed lost its post')
  postId = post.id
  await insertComment({
    postId,
    authorName: 'Private Person',
    authorEmail: 'Private.Person@example.com',
    authorUrl: 'https://pp.example',
    authorIp: ip,
    userAgent: 'PP Browser',
    body: 'My own words.',
    status: 'approved',
    notifyReplies: true,
  })
  await insertComment({
    postId,
    authorName: 'Someone Else',
    authorEmail: 'else@example.com',
    authorIp: '198.51.100.5',
    body: 'Not theirs.',
    status: 'approved',
  })
  await db.insert(subscribers).values({ email, firstName: 'Pat', status: 'confirmed', source: 'page', createdAt: Date.now() })
  await insertOutboxEmail({ toAddress: email, subject: 'Hello', textBody: 'Hi', htmlBody: '<p>Hi</p>', headers: {} })
  await insertOutboxEmail({
    toAddress: 'maren@example.com',
    subject: 'Please moderate',
    textBody: `From ${email} (IP ${ip})`,
    htmlBody: `<p>From ${email} (IP ${ip})</p>`,
    headers: {},
  })
  await recordHit('newsletter-email', email)
  await recordHit('login-address', ip)
})

describe('privacy tools', () => {
  it('exports the comments, subscriptions and notification settings of one email, and nobody else', async () => {
    const data = await privacy.getPersonalData(' PRIVATE.person@example.com ')
    expect(data.comments).toHaveLength(1)
    expect(data.comments[0]).toMatchObject({
      name: 'Private Person',
      ipAddress: ip,
      userAgent: 'PP Browser',
      text: 'My own words.',
      postUrlPath: '/memantine-for-fibromyalgia',
    })
    expect(data.subscriptions).toEqual([expect.objectContaining({ email, firstName: 'Pat', status: 'confirmed' })])
    expect(data.notificationSettings).toEqual([{ commentId: expect.any(Number) as number, emailMeReplies: true, pausedUntil: null }])
    expect(JSON.stringify(data)).not.toContain('else@example.com')
  })

  it('erases it: comments anonymised, subscription, mail and rate-limit entries gone, others untouched', async () => {
    const result = await privacy.erasePersonalData(email)
    expect(result).toMatchObject({ comments: 1, subscriptions: 1, emails: 1, postIds: [postId] })
    const everything = JSON.stringify([
      await db.select().from(comments),
      await db.select().from(subscribers),
      await db.select().from(rateLimitHits),
      await db.select().from(outbox),
      await listApprovedComments(postId),
    ])
    expect(everything.toLowerCase()).not.toContain(email)
    expect(everything).not.toContain(ip)
    expect(everything).not.toContain('PP Browser')
    expect(everything).toContain('else@example.com')
    expect(everything).toContain('From [erased] (IP [erased])')
    expect(await privacy.getPersonalData(email)).toMatchObject({ comments: [], subscriptions: [], notificationSettings: [] })
  })

  it('erases network data of old comments only', async () => {
    const old = await insertComment({
      postId,
      authorName: 'Old',
      authorEmail: 'old@example.com',
      authorIp: '192.0.2.9',
      userAgent: 'Old UA',
      body: 'Long ago.',
      status: 'approved',
      createdAt: Date.now() - 90 * 86_400_000,
    })
    const recent = await insertComment({
      postId,
      authorName: 'New',
      authorEmail: 'new@example.com',
      authorIp: '192.0.2.10',
      userAgent: 'New UA',
      body: 'Today.',
      status: 'approved',
    })
    expect(await privacy.eraseCommenterNetworkDataBefore(Date.now() - 60 * 86_400_000)).toBeGreaterThanOrEqual(1)
    const [oldRow] = await db.select().from(comments).where(eq(comments.id, old.id))
    const [recentRow] = await db.select().from(comments).where(eq(comments.id, recent.id))
    expect(oldRow).toMatchObject({ authorIp: '', userAgent: '', authorEmail: 'old@example.com' })
    expect(recentRow).toMatchObject({ authorIp: '192.0.2.10', userAgent: 'New UA' })
  })
})
