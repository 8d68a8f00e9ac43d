import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '@/lib/content/sanitize'
import { emailBodyHtml, htmlToText, newsletterPostEmail, type NewsletterPostEmailInput } from './newsletter-post'

const input: NewsletterPostEmailInput = {
  siteTitle: 'Spoon Notes',
  postTitle: 'Pacing on bad days',
  postUrl: 'https://spoons.example/pacing-on-bad-days',
  keyPoints: ['Rest before you are tired', 'Plan one thing a day'],
  bodyHtml: sanitizeHtml(
    '<p>Some days I have <strong>three spoons</strong>. <a href="/spoon-theory">The spoon theory</a> explains it.</p>' +
      '<p><img src="/uploads/2024/spoons.jpg" alt="A row of spoons" width="800"></p>' +
      '<ul><li>Sit down to cook</li><li>Say no &amp; mean it</li></ul>' +
      '<p>See <a href="https://example.org/study?a=1&amp;b=2">the study</a> and <a href="#notes">my notes</a>.</p>',
  ),
  siteUrl: 'https://spoons.example',
  unsubscribeUrl: 'https://spoons.example/newsletter/unsubscribe?token=42.abc',
  firstName: 'Ada',
}

const textFields = ['siteTitle', 'postTitle', 'firstName'] as const
const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><img src=x onerror=alert(1)>"]

// Nothing a plain field carries may open a tag or an event-handler attribute in the html.
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<img src=x/i)
  const tags = html.match(/<[a-z][^>]*>/gi) ?? []
  for (const tag of tags) expect(tag).not.toMatch(/\sonerror/i)
}

describe('newsletterPostEmail', () => {
  it('greets by first name, titles the post, boxes the key points and links the post in both parts', () => {
    const email = newsletterPostEmail(input)
    expect(email.subject).toBe('Pacing on bad days')
    expect(email.html).toContain('<p>Hello Ada,</p>')
    expect(email.text.startsWith('Hello Ada,\n')).toBe(true)
    expect(email.html).toContain('Key points')
    expect(email.html).toContain('<li>Rest before you are tired</li>')
    expect(email.text).toContain('- Rest before you are tired\n- Plan one thing a day')
    expect(email.html).toContain(`<a href="${input.postUrl}" style="display:inline-block`)
    expect(email.html).toContain('Read it on the site</a>')
    expect(email.text).toContain(`Read it on the site (${input.postUrl})`)
    expect(email.text).toContain(`Pacing on bad days (${input.postUrl})`)
  })

  it('says "Hello" without a name and leaves out an empty key points box', () => {
    const email = newsletterPostEmail({ ...input, firstName: ' \t ', keyPoints: [] })
    expect(email.html).toContain('<p>Hello,</p>')
    expect(email.text.startsWith('Hello,\n')).toBe(true)
    expect(email.html).not.toContain('Key points')
    expect(email.text).not.toContain('Key points')
  })

  it('carries the one-click unsubscribe link in the footer of both parts', () => {
    const email = newsletterPostEmail(input)
    expect(email.html).toContain(`<a href="${input.unsubscribeUrl}" style="color:#1d4f91">Unsubscribe</a>`)
    expect(email.text).toContain(`Unsubscribe (${input.unsubscribeUrl}) — one click is all it takes.`)
    expect(email.text).toContain('You are getting this email because you subscribed to Spoon Notes at spoons.example (https://spoons.example).')
  })

  it('makes every relative link and image absolute and keeps absolute ones as they were', () => {
    const email = newsletterPostEmail(input)
    expect(email.html).toContain('<a href="https://spoons.example/spoon-theory">The spoon theory</a>')
    expect(email.html).toMatch(/<img style="max-width:100%;height:auto" src="https:\/\/spoons\.example\/uploads\/2024\/spoons\.jpg"/)
    expect(email.html).toContain('<a href="https://example.org/study?a=1&amp;b=2">the study</a>')
    expect(email.html).toContain('<a href="https://spoons.example/pacing-on-bad-days#notes">my notes</a>')
    expect(email.html).not.toMatch(/(?:href|src)="\//)
    expect(email.html).not.toMatch(/(?:href|src)="#/)
  })

  it('turns the body into readable text with link URLs in parentheses', () => {
    const { text } = newsletterPostEmail(input)
    expect(text).toContain('Some days I have three spoons. The spoon theory (https://spoons.example/spoon-theory) explains it.')
    expect(text).toContain('[A row of spoons]')
    expect(text).toContain('- Sit down to cook\n- Say no & mean it')
    expect(text).toContain('See the study (https://example.org/study?a=1&b=2) and my notes (https://spoons.example/pacing-on-bad-days#notes).')
    expect(text).not.toMatch(/<[a-z/]/i)
    expect(text).not.toMatch(/\n{3}/)
  })

  it('absolutizes against a site URL with a path and resolves only URL attributes', () => {
    const html = emailBodyHtml(
      `<a title="see href='/x'" href='/a?b=1&amp;c=2'>x</a><img src="/i.png" alt="/not-a-url">`,
      'https://spoons.example/blog/',
      'https://spoons.example/blog/post',
    )
    expect(html).toBe(
      `<a title="see href='/x'" href="https://spoons.example/blog/a?b=1&amp;c=2">x</a><img style="max-width:100%;height:auto" src="https://spoons.example/blog/i.png" alt="/not-a-url">`,
    )
  })

  it('strips line breaks and control characters from the subject and falls back when the title is empty', () => {
    expect(newsletterPostEmail({ ...input, postTitle: 'Hello\r\nBcc: victim@example.com' }).subject).toBe('Hello Bcc: victim@example.com')
    expect(newsletterPostEmail({ ...input, postTitle: 'Tab\u0000\u0085\u2028line' }).subject).toBe('Tab line')
    expect(newsletterPostEmail({ ...input, postTitle: '  ' }).subject).toBe('A new post')
  })

  for (const field of textFields) {
    for (const payload of payloads) {
      it(`escapes ${field} in the html: ${payload}`, () => {
        const email = newsletterPostEmail({ ...input, [field]: payload })
        expectInert(email.html)
        expect(email.html).toContain('&lt;')
        expect(email.text).toContain(payload.replace(/\s+/g, ' '))
      })
    }
  }

  it('escapes hostile key points', () => {
    const email = newsletterPostEmail({ ...input, keyPoints: payloads })
    expectInert(email.html)
    expect(email.html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>')
  })

  it('keeps a hostile title out of the html even in the <title> and never lets it end an attribute', () => {
    const email = newsletterPostEmail({ ...input, postTitle: '</title><script>alert(1)</script>', siteTitle: '" onmouseover="alert(1)' })
    expectInert(email.html)
    for (const tag of email.html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/\sonmouseover=/i)
    expect(email.html).toContain('<title>&lt;/title&gt;&lt;script&gt;')
  })

  it('refuses links that are not http(s)', () => {
    for (const field of ['postUrl', 'siteUrl', 'unsubscribeUrl'] as const) {
      expect(() => newsletterPostEmail({ ...input, [field]: 'javascript:alert(1)' })).toThrow(/http/)
      expect(() => newsletterPostEmail({ ...input, [field]: 'not a url' })).toThrow(/http/)
    }
  })
})

describe('htmlToText', () => {
  it('decodes entities once and keeps a link whose text is its URL only once', () => {
    expect(htmlToText('<p>&lt;b&gt; &amp;amp; &#233;&#x2014;</p><p><a href="https://a.example/">https://a.example/</a></p>')).toBe(
      '<b> &amp; é—\n\nhttps://a.example/\n',
    )
  })
})
