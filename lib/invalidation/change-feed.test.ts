import { describe, expect, it } from 'vitest'
import { catchUp } from './change-feed'

describe('catchUp', () => {
  it('collects the tags other processes changed since the last generation, each once', () => {
    const rows = [
      { id: 4, tags: ['comments:1', 'comment-counts'], origin: 'b' },
      { id: 5, tags: ['posts'], origin: 'a' },
      { id: 6, tags: ['comment-counts', 'site'], origin: 'c' },
    ]
    expect(catchUp(3, rows, 'a')).toEqual({ seenId: 6, tagsToExpire: ['comments:1', 'comment-counts', 'site'] })
  })

  it('moves past its own changes without expiring anything again', () => {
    expect(catchUp(3, [{ id: 4, tags: ['posts'], origin: 'a' }], 'a')).toEqual({ seenId: 4, tagsToExpire: [] })
  })

  it('ignores rows it has already applied and stays put when nothing is new', () => {
    expect(catchUp(6, [{ id: 6, tags: ['posts'], origin: 'b' }], 'a')).toEqual({ seenId: 6, tagsToExpire: [] })
    expect(catchUp(6, [], 'a')).toEqual({ seenId: 6, tagsToExpire: [] })
  })
})
