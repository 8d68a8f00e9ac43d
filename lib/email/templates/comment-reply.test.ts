import { describe, expect, it } from 'vitest'
import { commentReplyEmail, type CommentReplyEmailInput } from './comment-reply'

const input: CommentReplyEmailInput = {
  siteTitle: 'Spoon Notes',
  postTitle: 'Memantine for fibromyalgia',
  replyAuthor: 'Grace',
  replyExcerpt: 'Thank you, this helped me a lot.',
  replyUrl: 'https://spoons.example/memantine-for-fibromyalgia#comment-12',
  stopUrl: 'https://spoons.example/comments/stop?token=abc.def',
  pauseUrl: 'https://spoons.example/comments/pause-notifications?token=abc.def',
  recipientName: 'Ada',
}

const textFields = ['siteTitle', 'postTitle', 'replyAuthor', 'replyExcerpt', 'recipientName'] as const
const urlFields = ['replyUrl', 'stopUrl', 'pauseUrl'] as const
const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><img src=x onerror=alert(1)>"]

// Nothing a field carries may open a tag or an event-handler attribute in the html.
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<img/i)
  const tags = html.match(/<[a-z][^>]*>/gi) ?? []
  for (const tag of tags) expect(tag).not.toMatch(/\sonerror/i)
}

describe('commentReplyEmail', () => {
  it('says who replied, quotes the reply and gives both links, in text and html', () => {
    const email = commentReplyEmail(input)
    expect(email.subject).toBe('New reply to your comment on Memantine for fibromyalgia')
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Hi Ada,')
      expect(part).toContain('Grace')
      expect(part).toContain('Thank you, this helped me a lot.')
      expect(part).toContain('Spoon Notes')
    }
    expect(email.text).toContain(`Read the whole reply: ${input.replyUrl}`)
    expect(email.text).toContain(input.stopUrl)
    expect(email.html).toContain(`href="${input.replyUrl}"`)
    expect(email.html).toContain(`href="${input.stopUrl}"`)
    expect(email.html).toContain('stop these emails')
    // "I'm in a flare": a pause for two weeks, offered next to the stop link.
    expect(email.text).toContain(`Pause these emails for two weeks:\n${input.pauseUrl}`)
    expect(email.html).toContain(`href="${input.pauseUrl}"`)
  })

  it('greets without a name when none was given', () => {
    expect(commentReplyEmail({ ...input, recipientName: '  ' }).text.startsWith('Hi,\n')).toBe(true)
  })

  it('keeps the quote to about 300 characters, cut at a word', () => {
    const long = `${'word '.repeat(200)}FINALWORD`
    const email = commentReplyEmail({ ...input, replyExcerpt: long })
    const quoted = email.text.split('\n').find((line) => line.startsWith('  word')) ?? ''
    expect(quoted.trim().length).toBeLessThanOrEqual(301)
    expect(quoted.trim().length).toBeGreaterThan(250)
    expect(quoted.trim().endsWith('word…')).toBe(true)
    expect(email.html).not.toContain('FINALWORD')
  })

  for (const field of textFields) {
    for (const payload of payloads) {
      it(`escapes ${field} in the html: ${payload}`, () => {
        const email = commentReplyEmail({ ...input, [field]: payload })
        expectInert(email.html)
        expect(email.html).toContain(payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'))
        expect(email.text).toContain(payload)
      })
    }
  }

  for (const field of urlFields) {
    for (const payload of payloads) {
      it(`keeps ${field} inside its attribute: ${payload}`, () => {
        const email = commentReplyEmail({ ...input, [field]: `https://spoons.example/x?q=${payload}` })
        expectInert(email.html)
        expect(email.html).not.toMatch(/href="[^"]*"[^>]*onerror/i)
      })
    }

    it(`refuses a javascript: or data: ${field}`, () => {
      expect(() => commentReplyEmail({ ...input, [field]: 'javascript:alert(1)' })).toThrow()
      expect(() => commentReplyEmail({ ...input, [field]: 'data:text/html,<script>alert(1)</script>' })).toThrow()
      expect(() => commentReplyEmail({ ...input, [field]: 'not a url' })).toThrow()
    })
  }

  it('escapes every field at once', () => {
    const hostile = Object.fromEntries(textFields.map((field) => [field, '"><img src=x onerror=alert(1)><script>alert(2)</script>']))
    const email = commentReplyEmail({ ...input, ...hostile })
    expectInert(email.html)
  })

  it('strips CR and LF from the subject and from one-line fields', () => {
    const email = commentReplyEmail({ ...input, postTitle: 'Pacing\r\nBcc: victim@example.com', replyAuthor: 'Grace\n\nClick here' })
    expect(email.subject).toBe('New reply to your comment on Pacing Bcc: victim@example.com')
    expect(email.subject).not.toMatch(/[\r\n]/)
    expect(email.text).toContain('Grace Click here replied')
  })
})
