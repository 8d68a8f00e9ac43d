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
})
