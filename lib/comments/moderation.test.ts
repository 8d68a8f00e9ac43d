import { describe, expect, it } from 'vitest'
import { defaultSettings } from '@/lib/settings'
import { decideEditStatus, decideModeration, type EditableStatus, type ModeratedComment, type ModerationContext, type ModerationVerdict } from './moderation'

const NOW = 1_767_225_600_000

const comment: ModeratedComment = {
  author: 'Ann Reader',
  email: 'ann@example.com',
  url: '',
  comment: 'Pacing has helped me too. Thank you for writing this.',
}

/** A trusted reader on a calm day: every rule passes, so each test flips exactly the rule it checks. */
function context(overrides: Partial<Omit<ModerationContext, 'settings'>> & { settings?: Partial<ModerationContext['settings']> } = {}): ModerationContext {
  const { settings, ...rest } = overrides
  return {
    settings: {
      commentModerationFirst: defaultSettings.commentModerationFirst,
      commentLinkLimit: defaultSettings.commentLinkLimit,
      commentBlockList: defaultSettings.commentBlockList,
      commentFloodSeconds: defaultSettings.commentFloodSeconds,
      commentMinFillSeconds: defaultSettings.commentMinFillSeconds,
      ...settings,
    },
    now: NOW,
    isPostAuthor: false,
    hasApprovedCommentFromNameAndEmail: true,
    claimsAuthorIdentity: false,
    lastCommentFromIpAt: null,
    isDuplicate: false,
    isHoneypotFilled: false,
    startedAt: NOW - 60_000,
    ...rest,
  }
}

function decide(overrides: Parameters<typeof context>[0] = {}, fields: Partial<ModeratedComment> = {}): ModerationVerdict {
  return decideModeration({ ...comment, ...fields }, context(overrides))
}

const messages = {
  honeypot: 'Sorry, your comment could not be posted. Please try again.',
  'too-fast': 'That was quick! Please take a moment and post again.',
  flood: 'You are posting comments too quickly. Please wait a few seconds and try again.',
  duplicate: 'It looks like you’ve already said that.',
} as const

describe('decideModeration', () => {
  it('uses the WordPress defaults this suite assumes', () => {
    expect(context().settings).toEqual({
      commentModerationFirst: true,
      commentLinkLimit: 2,
      commentBlockList: '',
      commentFloodSeconds: 15,
      commentMinFillSeconds: 3,
    })
  })

  it('approves a trusted commenter when nothing is wrong', () => {
    expect(decide()).toEqual({ kind: 'approved', reason: 'trusted commenter' })
  })

  it('does not change its inputs', () => {
    const input = context({ settings: { commentBlockList: 'spam' } })
    const copy = structuredClone(input)
    const fields = { ...comment }
    decideModeration(fields, input)
    expect(input).toEqual(copy)
    expect(fields).toEqual(comment)
  })
})

describe('decideModeration: post author', () => {
  it('approves the post author', () => {
    expect(decide({ isPostAuthor: true, hasApprovedCommentFromNameAndEmail: false })).toEqual({ kind: 'approved', reason: 'post author' })
  })

  it('approves the post author over every other rule', () => {
    const verdict = decide(
      {
        isPostAuthor: true,
        isHoneypotFilled: true,
        startedAt: NOW,
        lastCommentFromIpAt: NOW,
        isDuplicate: true,
        hasApprovedCommentFromNameAndEmail: false,
        settings: { commentBlockList: 'reader', commentLinkLimit: 0 },
      },
      { comment: 'See https://a.example and https://b.example' },
    )
    expect(verdict).toEqual({ kind: 'approved', reason: 'post author' })
  })
})

describe('decideModeration: honeypot', () => {
  it('refuses kindly when the hidden field was filled', () => {
    expect(decide({ isHoneypotFilled: true })).toEqual({ kind: 'refused', reason: 'honeypot', message: messages.honeypot })
  })

  it('comes before the fill time, flood and duplicate checks', () => {
    const verdict = decide({ isHoneypotFilled: true, startedAt: NOW, lastCommentFromIpAt: NOW, isDuplicate: true })
    expect(verdict).toMatchObject({ kind: 'refused', reason: 'honeypot' })
  })

  it('comes before the block list', () => {
    expect(decide({ isHoneypotFilled: true, settings: { commentBlockList: 'ann' } })).toMatchObject({ reason: 'honeypot' })
  })
})

describe('decideModeration: minimum fill time', () => {
  it('refuses a form sent sooner than the minimum', () => {
    expect(decide({ startedAt: NOW - 2_999 })).toEqual({ kind: 'refused', reason: 'too-fast', message: messages['too-fast'] })
  })

  it('accepts a form sent exactly at the minimum', () => {
    expect(decide({ startedAt: NOW - 3_000 })).toMatchObject({ kind: 'approved' })
  })

  it('refuses a start time in the future', () => {
    expect(decide({ startedAt: NOW + 60_000 })).toMatchObject({ kind: 'refused', reason: 'too-fast' })
  })

  it('skips the check when the start time is unknown', () => {
    expect(decide({ startedAt: null })).toMatchObject({ kind: 'approved' })
  })

  it('is off when the minimum is 0, even for a start time in the future', () => {
    expect(decide({ startedAt: NOW, settings: { commentMinFillSeconds: 0 } })).toMatchObject({ kind: 'approved' })
    expect(decide({ startedAt: NOW + 1, settings: { commentMinFillSeconds: 0 } })).toMatchObject({ kind: 'approved' })
  })

  it('uses the setting in seconds', () => {
    expect(decide({ startedAt: NOW - 9_000, settings: { commentMinFillSeconds: 10 } })).toMatchObject({ reason: 'too-fast' })
    expect(decide({ startedAt: NOW - 10_000, settings: { commentMinFillSeconds: 10 } })).toMatchObject({ kind: 'approved' })
  })

  it('comes before the flood and duplicate checks', () => {
    expect(decide({ startedAt: NOW, lastCommentFromIpAt: NOW, isDuplicate: true })).toMatchObject({ reason: 'too-fast' })
  })
})

describe('decideModeration: flood', () => {
  it('refuses a second comment from the same IP within the window', () => {
    expect(decide({ lastCommentFromIpAt: NOW - 14_999 })).toEqual({ kind: 'refused', reason: 'flood', message: messages.flood })
  })

  it('accepts once the window has passed', () => {
    expect(decide({ lastCommentFromIpAt: NOW - 15_000 })).toMatchObject({ kind: 'approved' })
    expect(decide({ lastCommentFromIpAt: NOW - 86_400_000 })).toMatchObject({ kind: 'approved' })
  })

  it('accepts the first comment from an IP', () => {
    expect(decide({ lastCommentFromIpAt: null })).toMatchObject({ kind: 'approved' })
  })

  it('refuses when the last comment is stamped in the future', () => {
    expect(decide({ lastCommentFromIpAt: NOW + 1_000 })).toMatchObject({ reason: 'flood' })
  })

  it('is off when the window is 0', () => {
    expect(decide({ lastCommentFromIpAt: NOW, settings: { commentFloodSeconds: 0 } })).toMatchObject({ kind: 'approved' })
  })

  it('applies to trusted commenters too', () => {
    expect(decide({ lastCommentFromIpAt: NOW - 1_000, hasApprovedCommentFromNameAndEmail: true })).toMatchObject({ reason: 'flood' })
  })

  it('comes before the duplicate check', () => {
    expect(decide({ lastCommentFromIpAt: NOW - 1_000, isDuplicate: true })).toMatchObject({ reason: 'flood' })
  })
})

describe('decideModeration: duplicate', () => {
  it('refuses a comment already stored', () => {
    expect(decide({ isDuplicate: true })).toEqual({ kind: 'refused', reason: 'duplicate', message: messages.duplicate })
  })

  it('refuses before marking spam or holding, so the writer is told', () => {
    expect(decide({ isDuplicate: true, settings: { commentBlockList: 'pacing' } })).toMatchObject({ reason: 'duplicate' })
    expect(decide({ isDuplicate: true, hasApprovedCommentFromNameAndEmail: false })).toMatchObject({ reason: 'duplicate' })
  })
})

describe('decideModeration: block list', () => {
  it('marks spam when a listed word is in the comment', () => {
    expect(decide({ settings: { commentBlockList: 'casino' } }, { comment: 'Visit our casino tonight' })).toEqual({
      kind: 'spam',
      reason: 'block list',
    })
  })

  it.each([
    ['author', { author: 'Cheap-Pills Online' }],
    ['email', { email: 'deals@cheap-pills.example' }],
    ['url', { url: 'https://cheap-pills.example' }],
    ['comment', { comment: 'buy cheap-pills now' }],
  ])('checks the %s field', (_field, fields) => {
    const settings = { commentBlockList: 'cheap-pills' }
    expect(decide({ settings })).toMatchObject({ kind: 'approved' })
    expect(decide({ settings }, fields)).toEqual({ kind: 'spam', reason: 'block list' })
  })

  it('matches case-insensitively', () => {
    expect(decide({ settings: { commentBlockList: 'CaSiNo' } }, { comment: 'CASINO' })).toMatchObject({ kind: 'spam' })
    expect(decide({ settings: { commentBlockList: 'ÉTÉ' } }, { comment: 'un été' })).toMatchObject({ kind: 'spam' })
  })

  it('matches inside words, as WordPress does', () => {
    expect(decide({ settings: { commentBlockList: 'press' } }, { comment: 'I use WordPress' })).toMatchObject({ kind: 'spam' })
  })

  it('matches whole phrases, not their separate words', () => {
    const settings = { commentBlockList: 'free money' }
    expect(decide({ settings }, { comment: 'Get FREE MONEY here' })).toMatchObject({ kind: 'spam' })
    expect(decide({ settings }, { comment: 'money is not free' })).toMatchObject({ kind: 'approved' })
  })

  it('reads one entry a line, trims them and skips blank lines', () => {
    const settings = { commentBlockList: '\n  \r\n  viagra  \r\ncasino\rloans\n\n' }
    expect(decide({ settings }, { comment: 'nice post' })).toMatchObject({ kind: 'approved' })
    expect(decide({ settings }, { comment: 'viagra' })).toMatchObject({ kind: 'spam' })
    expect(decide({ settings }, { comment: 'casino' })).toMatchObject({ kind: 'spam' })
    expect(decide({ settings }, { comment: 'payday loans' })).toMatchObject({ kind: 'spam' })
  })

  it('blocks nothing when the list is empty or only whitespace', () => {
    expect(decide({ settings: { commentBlockList: '' } })).toMatchObject({ kind: 'approved' })
    expect(decide({ settings: { commentBlockList: ' \n\t\n' } })).toMatchObject({ kind: 'approved' })
  })

  it('matches composed and decomposed accents alike', () => {
    expect(decide({ settings: { commentBlockList: 'cafe\u0301' } }, { comment: 'caf\u00e9' })).toMatchObject({ kind: 'spam' })
  })

  it('treats list entries as text, not patterns', () => {
    expect(decide({ settings: { commentBlockList: '.*' } }, { comment: 'anything' })).toMatchObject({ kind: 'approved' })
    expect(decide({ settings: { commentBlockList: '.*' } }, { comment: 'regex .* here' })).toMatchObject({ kind: 'spam' })
  })

  it('marks spam even for a trusted commenter, and before counting links', () => {
    const verdict = decide(
      { hasApprovedCommentFromNameAndEmail: true, settings: { commentBlockList: 'casino' } },
      { comment: 'casino https://a.example https://b.example https://c.example' },
    )
    expect(verdict).toMatchObject({ kind: 'spam' })
  })
})

describe('decideModeration: links', () => {
  it('approves up to the limit and holds one more', () => {
    expect(decide({}, { comment: 'https://a.example and http://b.example' })).toMatchObject({ kind: 'approved' })
    expect(decide({}, { comment: 'https://a.example, http://b.example and www.c.example' })).toEqual({
      kind: 'pending',
      reason: 'too many links',
    })
  })

  it('counts a link written with both a scheme and www. once', () => {
    expect(decide({}, { comment: 'https://www.a.example http://www.b.example' })).toMatchObject({ kind: 'approved' })
  })

  it('counts repeated links each time, in any case', () => {
    expect(decide({}, { comment: 'HTTPS://a.example https://a.example WWW.a.example' })).toMatchObject({ kind: 'pending' })
  })

  it('does not count text that is not turned into a link', () => {
    const text = 'example.com, a@b.example, xhttp://a.example, awww.b.example, ftp://c.example, https and www'
    expect(decide({}, { comment: text })).toMatchObject({ kind: 'approved' })
  })

  it('counts links in the comment text only, not the website field', () => {
    expect(decide({}, { url: 'https://www.ann.example', comment: 'https://a.example https://b.example' })).toMatchObject({
      kind: 'approved',
    })
  })

  it('holds any link when the limit is 0', () => {
    expect(decide({ settings: { commentLinkLimit: 0 } }, { comment: 'no links' })).toMatchObject({ kind: 'approved' })
    expect(decide({ settings: { commentLinkLimit: 0 } }, { comment: 'see www.a.example' })).toMatchObject({ kind: 'pending' })
  })

  it('holds trusted commenters too', () => {
    const verdict = decide({ hasApprovedCommentFromNameAndEmail: true, settings: { commentLinkLimit: 1 } }, { comment: 'https://a.example https://b.example' })
    expect(verdict).toEqual({ kind: 'pending', reason: 'too many links' })
  })

  it('gives the link reason before the first-comment reason', () => {
    const verdict = decide({ hasApprovedCommentFromNameAndEmail: false }, { comment: 'https://a.example https://b.example https://c.example' })
    expect(verdict).toEqual({ kind: 'pending', reason: 'too many links' })
  })
})

describe('decideModeration: an author identity', () => {
  it('holds a guest using an author name or email, trusted or not, moderation on or off', () => {
    expect(decide({ claimsAuthorIdentity: true })).toEqual({ kind: 'pending', reason: 'an author name or email' })
    expect(decide({ claimsAuthorIdentity: true, settings: { commentModerationFirst: false } })).toMatchObject({ kind: 'pending' })
  })

  it('still refuses bots and marks spam first', () => {
    expect(decide({ claimsAuthorIdentity: true, isHoneypotFilled: true })).toMatchObject({ kind: 'refused' })
    expect(decide({ claimsAuthorIdentity: true, settings: { commentBlockList: 'casino' } }, { comment: 'casino' })).toMatchObject({ kind: 'spam' })
  })
})

describe('decideModeration: first comment', () => {
  it('holds a first comment from an unknown email', () => {
    expect(decide({ hasApprovedCommentFromNameAndEmail: false })).toEqual({ kind: 'pending', reason: 'first comment from this name and email' })
  })

  it('approves anyone when the setting is off', () => {
    expect(decide({ hasApprovedCommentFromNameAndEmail: false, settings: { commentModerationFirst: false } })).toEqual({
      kind: 'approved',
      reason: 'moderation off',
    })
  })

  it('still applies the other rules when the setting is off', () => {
    const settings = { commentModerationFirst: false, commentBlockList: 'casino' }
    expect(decide({ settings }, { comment: 'casino' })).toMatchObject({ kind: 'spam' })
    expect(decide({ settings: { commentModerationFirst: false } }, { comment: 'www.a.example www.b.example www.c.example' })).toMatchObject({
      kind: 'pending',
    })
    expect(decide({ isDuplicate: true, settings })).toMatchObject({ kind: 'refused', reason: 'duplicate' })
  })
})

describe('decideEditStatus: a guest edits their comment', () => {
  const editContext = { ...context(), now: NOW }
  const edit = (fields: Partial<ModeratedComment>, current: EditableStatus, overrides: Parameters<typeof context>[0] = {}) =>
    decideEditStatus({ ...comment, ...fields }, current, context(overrides)).status

  it('keeps an approved comment approved when the new text passes the rules', () => {
    expect(decideEditStatus(comment, 'approved', editContext)).toEqual({ status: 'approved', reason: 'trusted commenter' })
  })

  it('sends an approved comment back to the queue when the edit adds too many links', () => {
    expect(edit({ comment: 'see https://a.example https://b.example https://c.example' }, 'approved', { settings: { commentLinkLimit: 2 } })).toBe('pending')
  })

  it('sends it to Spam when the edit adds a blocked word', () => {
    expect(edit({ comment: 'cheap pills here' }, 'approved', { settings: { commentBlockList: 'cheap pills' } })).toBe('spam')
  })

  it('never makes a held comment approved, nor takes one out of Spam', () => {
    expect(edit({}, 'pending')).toBe('pending')
    expect(edit({}, 'spam')).toBe('spam')
  })

  it('ignores the posting checks: an edit is not a flood, a duplicate or too fast', () => {
    expect(
      edit({}, 'approved', {
        lastCommentFromIpAt: NOW,
        isDuplicate: true,
        startedAt: NOW,
        isHoneypotFilled: true,
        settings: { commentFloodSeconds: 60, commentMinFillSeconds: 10 },
      }),
    ).toBe('approved')
  })
})
