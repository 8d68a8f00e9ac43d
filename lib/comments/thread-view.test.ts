import { describe, expect, it } from 'vitest'
import { safeWebsite, toThreadComments } from './thread-view'
import type { CommentNode } from './tree'

const node = (fields: Partial<CommentNode>): CommentNode => ({
  id: 1,
  parentId: null,
  authorName: 'Ada',
  authorUrl: '',
  isPostAuthor: false,
  body: 'Hello',
  createdAt: Date.UTC(2026, 10, 27, 14, 5),
  avatarSeed: 'seed',
  status: 'approved',
  depth: 1,
  children: [],
  ...fields,
})

describe('toThreadComments', () => {
  it('formats dates on the server in the site’s zone and keeps the nesting', () => {
    const [top] = toThreadComments([node({ children: [node({ id: 2, parentId: 1, depth: 2 })] })], 'America/New_York')
    expect(top).toMatchObject({ id: 1, dateIso: '2026-11-27T14:05:00Z', dateText: 'November 27, 2026 at 9:05 am' })
    expect(top?.children.map((child) => child.id)).toEqual([2])
  })

  it('keeps only http(s) websites, and never the email or anything else it was not given', () => {
    const [comment] = toThreadComments([node({ authorUrl: 'javascript:alert(1)' })], 'UTC')
    expect(comment?.website).toBeNull()
    expect(safeWebsite('https://example.org/a b')).toBe('https://example.org/a%20b')
    expect(safeWebsite('not a url')).toBeNull()
    expect(Object.keys(comment ?? {}).sort()).toEqual([
      'authorName',
      'avatarSeed',
      'body',
      'children',
      'dateIso',
      'dateText',
      'id',
      'isPostAuthor',
      'status',
      'website',
    ])
  })

  it('names the comment each reply answers, when it is on the page, even where depth lifted the reply', () => {
    const [top] = toThreadComments(
      [
        node({
          id: 1,
          authorName: 'Ada',
          children: [node({ id: 2, parentId: 1, authorName: 'Bea', depth: 2 }), node({ id: 3, parentId: 2, authorName: 'Cy', depth: 2 })],
        }),
      ],
      'UTC',
    )
    expect(top?.inReplyTo).toBeUndefined()
    expect(top?.children.map((child) => child.inReplyTo)).toEqual([
      { id: 1, name: 'Ada' },
      { id: 2, name: 'Bea' },
    ])
    // A parent not shown here (held, trashed, on another page) gives no link that would lead nowhere.
    const [orphan] = toThreadComments([node({ id: 9, parentId: 77 })], 'UTC')
    expect(orphan?.inReplyTo).toBeUndefined()
  })

  it('counts every reply below a comment, at any depth, for the collapse control', () => {
    const [top] = toThreadComments(
      [
        node({
          id: 1,
          children: [node({ id: 2, parentId: 1, children: [node({ id: 3, parentId: 2 }), node({ id: 4, parentId: 2 })] }), node({ id: 5, parentId: 1 })],
        }),
      ],
      'UTC',
    )
    expect(top?.replyCount).toBe(4)
    expect(top?.children.map((child) => child.replyCount)).toEqual([2, undefined])
  })

  it('carries a private edit link only for the comments it was given one for', () => {
    const [first, second] = toThreadComments([node({ id: 1 }), node({ id: 2 })], 'UTC', new Map([[2, '/comments/edit?token=x']]))
    expect(first && 'editUrl' in first).toBe(false)
    expect(second?.editUrl).toBe('/comments/edit?token=x')
  })
})
