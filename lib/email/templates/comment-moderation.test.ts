import { describe, expect, it } from 'vitest'
import { commentModerationEmail } from './comment-moderation'

const input = {
  siteTitle: 'Spoon Notes',
  postTitle: 'Memantine for fibromyalgia',
  commenterName: 'Robin <img src=x onerror=alert(1)>',
  commenterEmail: 'robin@example.com',
  commenterWebsite: '',
  commenterIp: '203.0.113.9',
  comment: 'First line\n<script>alert(1)</script>',
  reviewUrl: 'https://spoons.example/admin/comments/12',
  queueUrl: 'https://spoons.example/admin/comments?status=pending',
  pendingCount: 3,
}

describe('commentModerationEmail', () => {
  it('names the post, the commenter and the links, and leaves out empty details', () => {
    const email = commentModerationEmail(input)
    expect(email.subject).toBe('[Spoon Notes] Please moderate: “Memantine for fibromyalgia”')
    expect(email.text).toContain('Email: robin@example.com')
    expect(email.text).toContain('IP address: 203.0.113.9')
    expect(email.text).not.toContain('Website:')
    expect(email.text).toContain('Approve, mark as spam or reply: https://spoons.example/admin/comments/12')
    expect(email.text).toContain('3 comments are waiting for approval')
  })

  it('escapes everything a stranger typed in the html part', () => {
    const { html } = commentModerationEmail(input)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Robin &lt;img src=x onerror=alert(1)&gt;')
  })

  it('keeps a hostile name out of the subject line structure and refuses non-web links', () => {
    expect(commentModerationEmail({ ...input, postTitle: 'A\r\nBcc: victim@example.com' }).subject).not.toMatch(/[\r\n]/)
    expect(() => commentModerationEmail({ ...input, reviewUrl: 'javascript:alert(1)' })).toThrow(/http/)
  })
})
