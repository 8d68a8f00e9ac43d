import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

// Through the outbox: with SMTP_URL unset every email the mailer writes stays there, queued, exactly
// as it would have been sent (lib/server/mail/mailer-outbox.test.ts shows the two are the same).
openTemporaryDatabase()
delete process.env.SMTP_URL
delete process.env.MAIL_FROM
process.env.SITE_URL = 'https://spoons.example'
const { db } = await import('@/db/client')
const { outbox } = await import('@/db/schema')
const { listOutbox } = await import('@/db/queries/outbox')
const { countPendingComments } = await import('@/db/queries/moderation')
const { verifyNotifyToken } = await import('@/lib/comments/notify-token')
const { insertAuthor, insertPost, insertTestComment } = await import('@/test/content-fixtures')
const { notifyTokenSecret, commentMail, replyNotificationMail } = await import('./notifications')
const { notifyAuthorOfPendingComment, notifyParentOfReply } = await import('@/test/notification-queue')
const { insertComment } = await import('@/db/queries/comments')
const { applyModeration } = await import('@/db/queries/moderation')
const { requestSubscription } = await import('@/db/queries/subscribers')
const { comments, subscribers } = await import('@/db/schema')
const { outboxEmail } = await import('./mailer')
const { eq } = await import('drizzle-orm')

let postId = 0
let guestPostId = 0

beforeAll(async () => {
  const maren = await insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren' })
  const guest = await insertAuthor({ email: 'guest.writer@example.com', name: 'Guest', slug: 'guest' })
  postId = await insertPost({ slug: 'pacing-on-bad-days', title: 'Pacing on bad days', authorId: maren })
  guestPostId = await insertPost({ slug: 'a-guest-post', title: 'A guest post', authorId: guest })
})

beforeEach(async () => {
  await db.delete(outbox)
})

const reply = (parentId: number, values: Partial<{ authorName: string; authorEmail: string; body: string }> = {}) => ({
  id: 4242,
  parentId,
  authorName: 'Grace',
  authorEmail: 'grace@example.com',
  body: 'Same here: mornings are the hardest.',
  ...values,
})

describe('notifyParentOfReply', () => {
  it('emails the parent comment’s author who asked for replies, with the reply link and a signed one-click stop link', async () => {
    const parentId = await insertTestComment({ postId, authorName: 'Ada', authorEmail: 'ada@example.com', status: 'approved', notifyReplies: true })
    await notifyParentOfReply(reply(parentId))

    const sent = await listOutbox()
    expect(sent).toHaveLength(1)
    const [email] = sent
    expect(email?.toAddress).toBe('ada@example.com')
    expect(email?.subject).toBe('New reply to your comment on Pacing on bad days')
    expect(email?.textBody).toContain('Hi Ada,')
    expect(email?.textBody).toContain('Grace replied')
    expect(email?.textBody).toContain('Same here: mornings are the hardest.')
    expect(email?.textBody).toContain('https://spoons.example/pacing-on-bad-days#comment-4242')
    // The replier's address is theirs alone: the person answered never learns it.
    expect(`${email?.textBody}${email?.htmlBody}`).not.toContain('grace@example.com')

    const unsubscribe = email?.headers['List-Unsubscribe'] ?? ''
    const stopUrl = /^<(https:\/\/spoons\.example\/comments\/stop-notifications\?token=([^>]+))>$/.exec(unsubscribe)
    expect(stopUrl).not.toBeNull()
    expect(email?.textBody).toContain(stopUrl?.[1])
    expect(verifyNotifyToken(decodeURIComponent(stopUrl?.[2] ?? ''), notifyTokenSecret())).toBe('ada@example.com')
  })

  it('sends nothing to someone who did not ask for replies', async () => {
    const parentId = await insertTestComment({ postId, authorEmail: 'quiet@example.com', status: 'approved', notifyReplies: false })
    await notifyParentOfReply(reply(parentId))
    expect(await listOutbox()).toEqual([])
  })

  it('never tells people about their own reply, whatever the case of the address', async () => {
    const parentId = await insertTestComment({ postId, authorEmail: 'grace@example.com', status: 'approved', notifyReplies: true })
    await notifyParentOfReply(reply(parentId))
    await notifyParentOfReply(reply(parentId, { authorEmail: 'Grace@Example.COM' }))
    expect(await listOutbox()).toEqual([])
  })

  it('sends nothing when the parent is held, spam, trashed or gone', async () => {
    for (const status of ['pending', 'spam', 'trash'] as const) {
      const parentId = await insertTestComment({ postId, authorEmail: 'held@example.com', status, notifyReplies: true })
      await notifyParentOfReply(reply(parentId))
    }
    await notifyParentOfReply(reply(999_999))
    expect(await listOutbox()).toEqual([])
  })
})

describe('notifyAuthorOfPendingComment', () => {
  it("asks the post's own author to moderate, with the commenter's details and the pending count", async () => {
    await insertTestComment({ postId, authorEmail: 'earlier@example.com', status: 'pending' })
    const commentId = await insertTestComment({
      postId: guestPostId,
      authorName: 'Hal',
      authorEmail: 'hal@example.com',
      authorUrl: 'https://hal.example',
      authorIp: '203.0.113.7',
      body: 'Is this available in large print?',
      status: 'pending',
    })
    await notifyAuthorOfPendingComment(commentId)

    const sent = await listOutbox()
    expect(sent.map((email) => email.toAddress)).toEqual(['guest.writer@example.com'])
    const [email] = sent
    expect(email?.subject).toBe('[Spoon Notes] Please moderate: “A guest post”')
    for (const detail of ['Hal', 'hal@example.com', 'https://hal.example', '203.0.113.7', 'Is this available in large print?']) {
      expect(email?.textBody).toContain(detail)
    }
    expect(email?.textBody).toContain(`https://spoons.example/admin/comments/${commentId}`)
    expect(email?.textBody).toContain('https://spoons.example/admin/comments?status=pending')
    const pendingCount = await countPendingComments()
    expect(pendingCount).toBeGreaterThanOrEqual(2)
    expect(email?.textBody).toContain(`${pendingCount} comments are waiting`)
  })

  it('sends nothing once the comment is no longer pending, or for an unknown comment', async () => {
    for (const status of ['approved', 'spam', 'trash'] as const) {
      await notifyAuthorOfPendingComment(await insertTestComment({ postId, authorEmail: 'someone@example.com', status }))
    }
    await notifyAuthorOfPendingComment(999_999)
    expect(await listOutbox()).toEqual([])
  })
})

describe('queued in the same transaction as what caused them', () => {
  const settings = { siteTitle: 'Spoon Notes', commentNotifyAuthor: true, timeZone: 'UTC' }

  it('a reply stored approved carries its notification, with the new comment’s link', async () => {
    const parentId = await insertTestComment({ postId, authorName: 'Ada', authorEmail: 'ada@example.com', status: 'approved', notifyReplies: true })
    const { id } = await insertComment(
      { postId, parentId, authorName: 'Grace', authorEmail: 'grace@example.com', body: 'Me too.', status: 'approved' },
      commentMail(settings, { sendEditLink: false }),
    )
    const sent = await listOutbox()
    expect(sent.map((email) => email.toAddress)).toEqual(['ada@example.com'])
    expect(sent[0]?.textBody).toContain(`https://spoons.example/pacing-on-bad-days#comment-${id}`)
    // Queued for the background sender.
    expect(sent[0]).toMatchObject({ status: 'queued', attempts: 0 })
    expect(sent[0]?.nextAttemptAt).toEqual(expect.any(Number))
  })

  it('a pending comment carries "please moderate"', async () => {
    const { id } = await insertComment(
      { postId: guestPostId, authorName: 'Hal', authorEmail: 'hal@example.com', body: 'Hello', status: 'pending' },
      commentMail(settings, { sendEditLink: false }),
    )
    const sent = await listOutbox()
    expect(sent.map((email) => email.toAddress)).toEqual(['guest.writer@example.com'])
    expect(sent[0]?.textBody).toContain(`https://spoons.example/admin/comments/${id}`)
    expect(
      await insertComment(
        { postId, authorName: 'Hal', body: 'Quiet', status: 'pending' },
        commentMail({ ...settings, commentNotifyAuthor: false }, { sendEditLink: false }),
      ),
    ).toBeTruthy()
    expect(await listOutbox()).toHaveLength(1)
  })

  it('the guest’s private edit link is queued with their comment, only when they asked for reply emails', async () => {
    const { id } = await insertComment(
      { postId, authorName: 'Ivy', authorEmail: 'ivy@example.com', body: 'Thank you.', status: 'approved', notifyReplies: true },
      commentMail(settings, { sendEditLink: true }),
    )
    const sent = await listOutbox()
    expect(sent.map((email) => email.toAddress)).toEqual(['ivy@example.com'])
    expect(sent[0]?.textBody).toContain('https://spoons.example/comments/edit?token=')
    expect(sent[0]?.textBody).toContain(`c${id}.`)
    await insertComment(
      { postId, authorName: 'Ivy', authorEmail: 'ivy@example.com', body: 'Again.', status: 'approved' },
      commentMail(settings, { sendEditLink: false }),
    )
    expect(await listOutbox()).toHaveLength(1)
  })

  it('a commenter who paused reply emails gets none during the pause, and again after it', async () => {
    const now = Date.now()
    const pausedParent = await insertTestComment({
      postId,
      authorEmail: 'flare@example.com',
      status: 'approved',
      notifyReplies: true,
      notificationsPausedUntil: now + 60_000,
    })
    const reply = {
      postId,
      parentId: pausedParent,
      authorName: 'Grace',
      authorEmail: 'grace@example.com',
      body: 'Thinking of you.',
      status: 'approved' as const,
    }
    await insertComment(reply, commentMail(settings, { sendEditLink: false }))
    expect(await listOutbox()).toEqual([])
    const pauseOver = await insertTestComment({
      postId,
      authorEmail: 'flare@example.com',
      status: 'approved',
      notifyReplies: true,
      notificationsPausedUntil: now - 1,
    })
    await insertComment({ ...reply, parentId: pauseOver }, commentMail(settings, { sendEditLink: false }))
    expect((await listOutbox()).map((email) => email.toAddress)).toEqual(['flare@example.com'])
    expect((await listOutbox())[0]?.textBody).toContain('https://spoons.example/comments/pause-notifications?token=')
  })

  it('an email that cannot be written takes the comment with it: neither is stored', async () => {
    const parentId = await insertTestComment({ postId, authorEmail: 'ada@example.com', status: 'approved', notifyReplies: true })
    const failing = { reply: () => outboxEmail({ to: 'two@example.com, three@example.com', subject: 'x', text: 'x', html: 'x' }) }
    await expect(
      insertComment({ postId, parentId, authorName: 'Grace', authorEmail: 'grace@example.com', body: 'Lost together', status: 'approved' }, failing),
    ).rejects.toThrow(/one plain email address/)
    expect(await db.select().from(comments).where(eq(comments.body, 'Lost together'))).toEqual([])
    expect(await listOutbox()).toEqual([])
  })

  it('approving a held reply (with its held parent, in one go) queues the notification with the approval', async () => {
    const parentId = await insertTestComment({ postId, authorName: 'Ada', authorEmail: 'ada@example.com', status: 'pending', notifyReplies: true })
    const replyId = await insertTestComment({ postId, parentId, authorName: 'Grace', authorEmail: 'grace@example.com', status: 'pending' })
    await applyModeration([parentId, replyId], 'approve', replyNotificationMail(settings))
    const sent = await listOutbox()
    expect(sent.map((email) => email.toAddress)).toEqual(['ada@example.com'])
    expect(sent[0]?.textBody).toContain(`#comment-${replyId}`)
  })

  it('a newsletter signup carries its confirmation', async () => {
    const now = Date.now()
    await requestSubscription(
      { email: 'reader@example.com', firstName: '', source: 'test', confirmTokenHash: 'hash', confirmTokenExpiresAt: now + 1000, now },
      (outcome) => outboxEmail({ to: 'reader@example.com', subject: `Confirm (${outcome})`, text: 'x', html: 'x' }),
    )
    expect((await listOutbox()).map((email) => email.subject)).toEqual(['Confirm (new)'])
    await db.delete(subscribers)
  })
})
