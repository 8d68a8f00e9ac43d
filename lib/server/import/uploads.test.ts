import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'
import { wordpressFixturePath as fixture } from '@/test/wordpress-fixture'

const databasePath = openTemporaryDatabase()
const dataDir = path.dirname(databasePath)
const { db } = await import('@/db/client')
const schema = await import('@/db/schema')
const { importWxrFile } = await import('./run')
const { eq } = await import('drizzle-orm')

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

describe('importing with --uploads', () => {
  it('copies attachment files into the media library and points posts at the local copies', async () => {
    const uploads = path.join(dataDir, 'wp-uploads')
    for (const file of ['2013/03/featured-image-horizontal.jpg', '2008/06/canola2.jpg']) {
      mkdirSync(path.dirname(path.join(uploads, file)), { recursive: true })
      writeFileSync(path.join(uploads, file), onePixelPng)
    }
    mkdirSync(path.join(uploads, '2008/06'), { recursive: true })
    writeFileSync(path.join(uploads, '2008/06/dsc20050727_091048_222.jpg'), 'not an image')

    const report = await importWxrFile(fixture, { uploadsDir: uploads })
    const copied = await db.select({ id: schema.media.id, fileName: schema.media.fileName }).from(schema.media)
    expect(copied).toHaveLength(2)
    expect(report.notes.some((note) => note.includes('dsc20050727_091048_222.jpg: not an image'))).toBe(true)

    const [featured] = await db
      .select({ featuredMediaId: schema.posts.featuredMediaId, featuredImageUrl: schema.posts.featuredImageUrl })
      .from(schema.posts)
      .where(eq(schema.posts.slug, 'template-featured-image-horizontal'))
    expect(copied.map((row) => row.id)).toContain(featured?.featuredMediaId)
    expect(featured?.featuredImageUrl).toBe('')
    const withCanola = await db.select({ body: schema.posts.body }).from(schema.posts)
    const canolaCopy = copied.find((row) => withCanola.some((post) => post.body.includes(`/media/${row.fileName}`)))
    expect(canolaCopy).toBeDefined()
    expect(withCanola.some((post) => post.body.includes('canola2.jpg'))).toBe(false)
    expect(readdirSync(path.join(dataDir, 'uploads'), { recursive: true }).filter((entry) => String(entry).endsWith('.png'))).toHaveLength(2)
  })
})
