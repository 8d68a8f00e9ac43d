import { describe, expect, it } from 'vitest'
import { commentEditLinkEmail, type CommentEditLinkEmailInput } from './comment-edit-link'

const input: CommentEditLinkEmailInput = {
  siteTitle: 'Spoon Notes',
  postTitle: 'Memantine for fibromyalgia',
  commentExcerpt: 'Pacing helped me too.',
  editUrl: 'https://spoons.example/comments/edit?token=c12.abc.def',
  expiresText: '3 March 2026, 14:05',
  recipientName: 'Ada',
}

describe('commentEditLinkEmail', () => {
  it('gives the private link and until when it works, in text and html', () => {
    const email = commentEditLinkEmail(input)
    expect(email.subject).toBe('Your comment on Memantine for fibromyalgia')
    expect(email.text).toContain(`until 3 March 2026, 14:05:\n${input.editUrl}`)
    expect(email.html).toContain(`href="${input.editUrl}"`)
    for (const part of [email.text, email.html]) expect(part).toContain('Pacing helped me too.')
  })

  it('escapes what the commenter typed and refuses a non-web link', () => {
    const email = commentEditLinkEmail({ ...input, recipientName: '<b>Ada</b>', commentExcerpt: '<script>alert(1)</script>' })
    expect(email.html).not.toMatch(/<script|<b>Ada/)
    expect(email.html).toContain('&lt;script&gt;')
    expect(() => commentEditLinkEmail({ ...input, editUrl: 'javascript:alert(1)' })).toThrow()
  })
})
