import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'
import { catchUp } from '@/lib/invalidation/change-feed'

const databasePath = openTemporaryDatabase()
const { recordContentChange } = await import('./content-changes')
const { ContentChangeFeed } = await import('@/db/content-change-feed')

describe('the change log on a real database', () => {
  it('gives each change the next generation, which another connection reads back with its tags', async () => {
    // The first write opens (and migrates) the database; the front server reads it read-only.
    const first = await recordContentChange(['comments:1', 'comment-counts'], 'host/1/aaaa', 1_000)
    const feed = new ContentChangeFeed(new Database(databasePath, { readonly: true }))
    expect(feed.latestId()).toBe(first)
    const second = await recordContentChange(['posts'], 'host/2/bbbb', 2_000)
    expect(second).toBe(first + 1)
    expect(feed.since(first - 1)).toEqual([
      { id: first, tags: ['comments:1', 'comment-counts'], origin: 'host/1/aaaa' },
      { id: second, tags: ['posts'], origin: 'host/2/bbbb' },
    ])
    // Process 1 catching up applies process 2's change only.
    expect(catchUp(first, feed.since(first), 'host/1/aaaa')).toEqual({ seenId: second, tagsToExpire: ['posts'] })
    expect(feed.since(second)).toEqual([])
  })

  it('prunes rows older than a day now and then, never the newest', async () => {
    const day = 24 * 60 * 60 * 1000
    let id = 0
    while (id % 100 !== 99) id = await recordContentChange(['site'], 'host/1/aaaa', 3_000)
    const feed = new ContentChangeFeed(new Database(databasePath, { readonly: true }))
    expect(feed.since(0).length).toBe(id)
    const pruning = await recordContentChange(['site'], 'host/1/aaaa', 3_000 + day + 1)
    expect(feed.since(0).map((row) => row.id)).toEqual([pruning])
    expect(feed.latestId()).toBe(pruning)
  })
})
