import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'
import { wordpressFixturePath as fixture } from '@/test/wordpress-fixture'

const databasePath = openTemporaryDatabase()
const { getImportJob, getLatestImportJob } = await import('@/db/queries/import-jobs')
const { queueImportJob, runImportJob } = await import('./jobs')

describe('import jobs (the Import screen)', () => {
  it('saves the upload, runs it once to a report, and removes the file', async () => {
    const id = await queueImportJob(readFileSync(fixture), 'wordpress-theme-unit-test.xml')
    const queued = await getImportJob(id)
    expect(queued).toMatchObject({ status: 'queued', originalName: 'wordpress-theme-unit-test.xml' })
    const file = path.join(path.dirname(databasePath), 'imports', queued?.fileName ?? '')
    expect(existsSync(file)).toBe(true)

    expect(await runImportJob(id)).toBe(true)
    const done = await getImportJob(id)
    expect(done).toMatchObject({ status: 'done', phase: 'done' })
    expect(done?.processedBytes).toBe(done?.totalBytes)
    expect(done?.report?.counts.posts.imported).toBe(58)
    expect(existsSync(file)).toBe(false)
    // A finished job is never run again.
    expect(await runImportJob(id)).toBe(false)
  })

  it('records a refused file with its one clear error and changes nothing', async () => {
    const id = await queueImportJob(Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><rss>&a;</rss>'), 'evil.xml')
    expect(await runImportJob(id)).toBe(false)
    expect(await getLatestImportJob()).toMatchObject({ id, status: 'failed', report: null })
    expect((await getImportJob(id))?.error).toMatch(/DOCTYPE/)
  })
})
