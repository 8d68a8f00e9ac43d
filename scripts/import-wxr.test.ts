import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'
import { wordpressFixturePath } from '@/test/wordpress-fixture'

const databasePath = openTemporaryDatabase()
const { default: Database } = await import('better-sqlite3')
const { importChangedTags } = await import('@/lib/cache-tags')

function importWxr(file: string) {
  return spawnSync('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/import-wxr.ts', file], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: databasePath, DATA_DIR: process.env.DATA_DIR },
    timeout: 120_000,
  })
}

function recordedChanges(): { tags: string[]; origin: string }[] {
  const sqlite = new Database(databasePath, { readonly: true })
  try {
    const rows = sqlite.prepare('select tags, origin from content_changes order by id').all() as { tags: string; origin: string }[]
    return rows.map((row) => ({ tags: JSON.parse(row.tags) as string[], origin: row.origin }))
  } finally {
    sqlite.close()
  }
}

describe('npm run import:wxr', () => {
  it('records the import in the change log, so a running server refreshes its caches; an import that changed nothing records nothing', () => {
    const first = importWxr(wordpressFixturePath)
    expect(first.status, first.stderr).toBe(0)
    expect(recordedChanges().map((change) => change.tags)).toEqual([[...importChangedTags]])

    const again = importWxr(wordpressFixturePath)
    expect(again.status, again.stderr).toBe(0)
    expect(recordedChanges()).toHaveLength(1)
  }, 240_000)
})
