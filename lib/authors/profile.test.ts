import { describe, expect, it } from 'vitest'
import { authorProfileInput } from './profile'

const valid = { name: '  Maren Holt ', tagline: 'Librarian', bio: 'First.\r\n\r\nSecond.\r\n', avatarMediaId: '' }

describe('authorProfileInput', () => {
  it('trims the name, keeps paragraphs and reads "no image" as null', () => {
    expect(authorProfileInput.parse(valid)).toEqual({ name: 'Maren Holt', tagline: 'Librarian', bio: 'First.\n\nSecond.', avatarMediaId: null })
  })

  it('reads a chosen image by its id', () => {
    expect(authorProfileInput.parse({ ...valid, avatarMediaId: '12' }).avatarMediaId).toBe(12)
  })

  it('refuses an empty name, an overlong bio and an image id that is not one', () => {
    const result = authorProfileInput.safeParse({ ...valid, name: '   ', bio: 'x'.repeat(4001), avatarMediaId: 'abc' })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]))
    expect(messages).toEqual({
      name: 'Please give the name readers see.',
      bio: 'Please keep the bio under 4,000 characters.',
      avatarMediaId: 'Please choose an image from the list.',
    })
  })
})
