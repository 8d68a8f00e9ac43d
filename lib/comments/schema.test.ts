import { describe, expect, expectTypeOf, it } from 'vitest'
import { invalid } from '@/lib/form-state'
import { fieldLimits } from '@/lib/field-limits'
import { commentInput, commentMessages, type CommentInput } from './schema'

const valid = {
  postId: '12',
  comment: 'Thank you for this.',
  author: 'Ann Reader',
  email: 'ann@example.com',
}

function form(entries: Record<string, string | Blob>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(entries)) data.append(name, value)
  return data
}

/** Parses like the action does: FormData → Object.fromEntries → schema. */
function parse(entries: Record<string, string | Blob>) {
  return commentInput.safeParse(Object.fromEntries(form(entries)))
}

function parsed(entries: Record<string, string | Blob>): CommentInput {
  const result = parse(entries)
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.error.issues)}`)
  return result.data
}

/** The first message for each failing field, as the form shows them. */
function errors(entries: Record<string, string | Blob>): Record<string, string | undefined> {
  const result = parse(entries)
  if (result.success) throw new Error('expected failure')
  return invalid(result.error, form(entries)).fieldErrors
}

describe('commentInput', () => {
  it('parses a minimal comment with defaults for the optional fields', () => {
    expect(parsed(valid)).toEqual({
      postId: 12,
      parentId: null,
      comment: 'Thank you for this.',
      author: 'Ann Reader',
      email: 'ann@example.com',
      url: '',
      saveDetails: false,
      notifyReplies: false,
      startedAt: null,
      isHoneypotFilled: false,
    })
  })

  it('parses every field of a full form', () => {
    expect(
      parsed({
        ...valid,
        parentId: '40',
        url: 'https://ann.example.org/blog',
        saveDetails: 'on',
        notifyReplies: 'on',
        startedAt: '1767225600000.signature',
        website_confirm: '',
      }),
    ).toEqual({
      postId: 12,
      parentId: 40,
      comment: 'Thank you for this.',
      author: 'Ann Reader',
      email: 'ann@example.com',
      url: 'https://ann.example.org/blog',
      saveDetails: true,
      notifyReplies: true,
      startedAt: '1767225600000.signature',
      isHoneypotFilled: false,
    })
  })

  it('drops unknown fields, such as the ones Next adds to no-JavaScript posts', () => {
    const data = parsed({ ...valid, $ACTION_ID_abc: '', status: 'approved', isPostAuthor: 'true' })
    expect(data).not.toHaveProperty('$ACTION_ID_abc')
    expect(data).not.toHaveProperty('status')
    expect(data).not.toHaveProperty('isPostAuthor')
    expect(data).not.toHaveProperty('website_confirm')
  })

  it('has the output type the action and moderation rely on', () => {
    expectTypeOf<CommentInput>().toEqualTypeOf<{
      postId: number
      parentId: number | null
      comment: string
      author: string
      email: string
      url: string
      saveDetails: boolean
      notifyReplies: boolean
      startedAt: string | null
      isHoneypotFilled: boolean
    }>()
  })

  it('reports every bad field at once with the form’s messages', () => {
    expect(errors({ postId: '12', comment: ' ', author: '', email: 'nope', url: 'javascript:alert(1)' })).toEqual({
      comment: commentMessages.comment,
      author: commentMessages.author,
      email: commentMessages.email,
      url: commentMessages.url,
    })
  })

  it('treats missing required fields like empty ones', () => {
    expect(errors({})).toEqual({
      postId: commentMessages.postId,
      comment: commentMessages.comment,
      author: commentMessages.author,
      email: commentMessages.email,
    })
  })

  it('refuses files in text fields with the field’s message', () => {
    expect(errors({ ...valid, comment: new Blob(['x']), url: new Blob(['x']) })).toEqual({
      comment: commentMessages.comment,
      url: commentMessages.url,
    })
  })
})

describe('commentInput postId and parentId', () => {
  it.each(['1', '12', ' 7 ', '9007199254740991'])('accepts the id %j', (postId) => {
    expect(parsed({ ...valid, postId }).postId).toBe(Number(postId.trim()))
  })

  it.each(['', '0', '-1', '1.5', '1.0', '1e3', '0x10', 'abc', '12abc', '9007199254740992'])('refuses the post id %j', (postId) => {
    expect(errors({ ...valid, postId })).toEqual({ postId: commentMessages.postId })
  })

  it('accepts a number, as a value bound by the action would be', () => {
    expect(commentInput.parse({ ...valid, postId: 5, parentId: 6 })).toMatchObject({ postId: 5, parentId: 6 })
  })

  it.each([[undefined], [''], ['  ']])('makes a missing or empty parent (%j) a top-level comment', (parentId) => {
    const entries = parentId === undefined ? valid : { ...valid, parentId }
    expect(parsed(entries).parentId).toBeNull()
  })

  it.each(['0', '-3', 'x', '2.5', '0x1'])('refuses the parent id %j', (parentId) => {
    expect(errors({ ...valid, parentId })).toEqual({ parentId: commentMessages.parentId })
  })
})

describe('commentInput comment', () => {
  it('trims, and keeps inner line breaks and tabs', () => {
    expect(parsed({ ...valid, comment: '\n  First line\n\n\tSecond   \n ' }).comment).toBe('First line\n\n\tSecond')
  })

  it('turns the CRLF and CR a textarea submits into \\n', () => {
    expect(parsed({ ...valid, comment: 'One\r\nTwo\rThree' }).comment).toBe('One\nTwo\nThree')
  })

  it('strips other control characters, C0, DEL and C1', () => {
    expect(parsed({ ...valid, comment: 'a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\u000bh\u000ci' }).comment).toBe('abcdefghi')
  })

  it('refuses a comment of only control characters and spaces', () => {
    expect(errors({ ...valid, comment: '\u0000 \u0007\r\n\t' })).toEqual({ comment: commentMessages.comment })
  })

  it('normalises to NFC', () => {
    const decomposed = 'Cafe\u0301 au lait'
    expect(parsed({ ...valid, comment: decomposed }).comment).toBe('Caf\u00e9 au lait')
  })

  it('keeps markup as inert text; rendering escapes it', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>'
    expect(parsed({ ...valid, comment: hostile }).comment).toBe(hostile)
  })

  it('accepts exactly the maximum length and refuses one more', () => {
    const longest = 'a'.repeat(fieldLimits.comment.comment)
    expect(parsed({ ...valid, comment: longest }).comment).toHaveLength(65525)
    expect(errors({ ...valid, comment: `${longest}a` })).toEqual({ comment: commentMessages.commentTooLong })
    expect(commentMessages.commentTooLong).toBe('Please shorten your comment to 65,525 characters or fewer.')
  })

  it('counts the length after trimming', () => {
    const longest = 'a'.repeat(fieldLimits.comment.comment)
    expect(parsed({ ...valid, comment: `  ${longest}\n\n` }).comment).toBe(longest)
  })
})

describe('commentInput author', () => {
  it('trims and normalises to NFC', () => {
    expect(parsed({ ...valid, author: '  Zoe\u0308  ' }).author).toBe('Zo\u00eb')
  })

  it('strips every control character, line breaks and tabs included', () => {
    expect(parsed({ ...valid, author: 'Ann\r\nBcc: x\t\u0000\u0085Reader' }).author).toBe('AnnBcc: xReader')
  })

  it('refuses a name of only spaces or control characters', () => {
    expect(errors({ ...valid, author: ' \n\t\u0000 ' })).toEqual({ author: commentMessages.author })
  })

  it('accepts 245 characters and refuses 246', () => {
    expect(parsed({ ...valid, author: 'n'.repeat(245) }).author).toHaveLength(245)
    expect(errors({ ...valid, author: 'n'.repeat(246) })).toEqual({ author: commentMessages.authorTooLong })
  })

  it('keeps names in any script', () => {
    expect(parsed({ ...valid, author: 'Łucja Ōtani 李' }).author).toBe('Łucja Ōtani 李')
  })
})

describe('commentInput email', () => {
  it('trims and lowercases', () => {
    expect(parsed({ ...valid, email: '  Ann.Reader+blog@Example.COM ' }).email).toBe('ann.reader+blog@example.com')
  })

  it('strips control characters, so no header can be injected', () => {
    expect(parsed({ ...valid, email: 'ann@example.com\r\n' }).email).toBe('ann@example.com')
    expect(parsed({ ...valid, email: 'ann@exa\nmple.com' }).email).toBe('ann@example.com')
  })

  it.each(['', '   ', 'ann', 'ann@', '@example.com', 'ann@example', 'ann example@example.com', 'ann@example.com, bob@example.com'])('refuses %j', (email) => {
    expect(errors({ ...valid, email })).toEqual({ email: commentMessages.email })
  })

  it('accepts 100 characters and refuses 101', () => {
    const at100 = `${'a'.repeat(88)}@example.com`
    expect(at100).toHaveLength(100)
    expect(parsed({ ...valid, email: at100 }).email).toBe(at100)
    expect(errors({ ...valid, email: `a${at100}` })).toEqual({ email: commentMessages.email })
  })
})

describe('commentInput url', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['https://example.com', 'https://example.com'],
    ['http://example.com/path?q=1#top', 'http://example.com/path?q=1#top'],
    ['HTTPS://Example.com', 'HTTPS://Example.com'],
    ['  https://example.com  ', 'https://example.com'],
    ['example.com', 'https://example.com'],
    ['www.example.com/about', 'https://www.example.com/about'],
    ['//example.com', 'https://example.com'],
    ['example.com:8080/shop', 'https://example.com:8080/shop'],
    ['localhost:3000', 'https://localhost:3000'],
    ['https://exa\tmple.com\n', 'https://example.com'],
    ['https://bücher.example', 'https://bücher.example'],
  ])('accepts %j as %j', (url, expected) => {
    expect(parsed({ ...valid, url }).url).toBe(expected)
  })

  it('is empty when the field is missing', () => {
    expect(parsed(valid).url).toBe('')
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript:1',
    'javascript://example.com/%0Aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com',
    'mailto:ann@example.com',
    'https:example.com',
    'https:/example.com',
    'https://',
    'http://exa mple.com',
    'not a url',
    '<script>',
  ])('refuses %j', (url) => {
    expect(errors({ ...valid, url })).toEqual({ url: commentMessages.url })
  })

  it('never returns anything but an http(s) address or nothing', () => {
    const attempts = ['\u0001javascript:x', 'ｊavascript:alert(1)', '%6Aavascript:alert(1)', '\\\\evil.example', 'https://a\u2028b']
    for (const url of attempts) {
      const result = parse({ ...valid, url })
      if (result.success) expect(result.data.url).toMatch(/^(?:https?:\/\/[^\s]|$)/i)
    }
  })

  it('accepts 200 characters after the https:// is added, and refuses more', () => {
    const at200 = `https://example.com/${'p'.repeat(180)}`
    expect(at200).toHaveLength(200)
    expect(parsed({ ...valid, url: at200 }).url).toBe(at200)
    expect(errors({ ...valid, url: `${at200}p` })).toEqual({ url: commentMessages.urlTooLong })
    expect(errors({ ...valid, url: at200.slice('https://'.length) + 'p'.repeat(8) })).toEqual({ url: commentMessages.urlTooLong })
  })
})

describe('commentInput checkboxes', () => {
  it.each([
    [{}, false],
    [{ saveDetails: 'on', notifyReplies: 'on' }, true],
    [{ saveDetails: '', notifyReplies: '' }, false],
    [{ saveDetails: 'off', notifyReplies: 'true' }, false],
  ])('parses %j as %s', (boxes, expected) => {
    const data = parsed({ ...valid, ...boxes })
    expect(data.saveDetails).toBe(expected)
    expect(data.notifyReplies).toBe(expected)
  })

  it('reads each box on its own', () => {
    expect(parsed({ ...valid, notifyReplies: 'on' })).toMatchObject({ saveDetails: false, notifyReplies: true })
  })
})

describe('commentInput startedAt', () => {
  it('is the stamp as sent (the action verifies its signature)', () => {
    expect(parsed({ ...valid, startedAt: '1767225600123.abc' }).startedAt).toBe('1767225600123.abc')
  })

  it.each([[undefined], ['']])('is null (unknown) when missing or empty (%j)', (startedAt) => {
    expect(parsed(startedAt === undefined ? valid : { ...valid, startedAt }).startedAt).toBeNull()
  })

  it('refuses an overlong value', () => {
    expect(errors({ ...valid, startedAt: '1'.repeat(101) })).toEqual({ startedAt: commentMessages.startedAt })
  })
})

describe('commentInput honeypot', () => {
  it.each([[undefined], ['']])('is not filled when missing or empty (%j)', (honeypot) => {
    const entries = honeypot === undefined ? valid : { ...valid, website_confirm: honeypot }
    expect(parsed(entries).isHoneypotFilled).toBe(false)
  })

  it.each(['https://spam.example', ' ', 'x'])('is filled by %j and parsing still succeeds', (honeypot) => {
    expect(parsed({ ...valid, website_confirm: honeypot }).isHoneypotFilled).toBe(true)
  })

  it('is filled by a file', () => {
    expect(parsed({ ...valid, website_confirm: new Blob(['x']) }).isHoneypotFilled).toBe(true)
  })
})

describe('the author’s edit and reply forms', () => {
  it('edits with the public form’s rules: a javascript: website is refused, a bare host gets https://', async () => {
    const { commentEditInput } = await import('./schema')
    const base = { id: '4', comment: ' Fixed. ', author: 'Ann', email: 'ANN@example.com' }
    expect(commentEditInput.safeParse({ ...base, url: 'example.org' }).data).toEqual({
      id: 4,
      comment: 'Fixed.',
      author: 'Ann',
      email: 'ann@example.com',
      url: 'https://example.org',
    })
    expect(commentEditInput.safeParse({ ...base, url: 'javascript:alert(1)' }).error?.issues[0]?.path).toEqual(['url'])
    expect(commentEditInput.safeParse({ ...base, comment: '   ' }).error?.issues[0]?.message).toBe(commentMessages.comment)
    expect(commentEditInput.safeParse({ ...base, id: '1e3' }).success).toBe(false)
  })

  it('needs a reply text and the id of the comment answered', async () => {
    const { authorReplyInput } = await import('./schema')
    expect(authorReplyInput.safeParse({ parentId: '7', comment: 'Thank you!' }).data).toEqual({ parentId: 7, comment: 'Thank you!' })
    expect(authorReplyInput.safeParse({ parentId: '7', comment: '' }).error?.issues[0]?.message).toBe(commentMessages.comment)
    expect(authorReplyInput.safeParse({ comment: 'Hi' }).success).toBe(false)
  })
})
