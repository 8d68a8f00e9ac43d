import { statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

const file = openTemporaryDatabase()
const { openDatabase } = await import('./client')

describe('openDatabase', () => {
  it('keeps the database file and a folder it creates to this user', () => {
    const nested = path.join(path.dirname(file), 'fresh', 'blog.db')
    const { sqlite } = openDatabase(nested)
    sqlite.close()
    expect(statSync(nested).mode & 0o777).toBe(0o600)
    expect(statSync(path.dirname(nested)).mode & 0o777).toBe(0o700)
  })
})
