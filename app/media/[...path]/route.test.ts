import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const dataDir = process.env.DATA_DIR ?? ''
const { GET } = await import('./route')
const { insertMedia } = await import('@/db/queries/media')
const { saveUpload } = await import('@/lib/server/media/storage')

const png = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'))
let fileName = ''

const get = (segments: string[]) => GET(new Request(`http://localhost/media/${segments.join('/')}`), { params: Promise.resolve({ path: segments }) })

beforeAll(async () => {
  fileName = await saveUpload(png, 'png', new Date('2026-05-04T12:00:00Z'))
  await insertMedia({
    fileName,
    originalName: 'dot.png',
    mimeType: 'image/png',
    sizeBytes: png.length,
    width: 1,
    height: 1,
    alt: 'A dot',
    caption: '',
    authorId: null,
  })
  // Secrets that live beside the uploads folder.
  writeFileSync(path.join(dataDir, 'auth-secret'), 'top secret')
})

describe('GET /media/...', () => {
  it('serves an upload with its type and safe, long-lived headers', async () => {
    const response = await get(fileName.split('/'))
    expect(response.status).toBe(200)
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('content-length')).toBe(String(png.length))
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'")
  })

  it('takes the type from the extension for a file without a row', async () => {
    const orphan = '2026/05/00000000000000aa.webp'
    mkdirSync(path.join(dataDir, 'uploads', '2026', '05'), { recursive: true })
    writeFileSync(path.join(dataDir, 'uploads', orphan), 'RIFF')
    const response = await get(orphan.split('/'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
  })

  it('answers 404 for a well-formed name that was never uploaded', async () => {
    expect((await get(['2026', '05', 'ffffffffffffffff.png'])).status).toBe(404)
  })

  it('answers 404, reading nothing, for traversal and any other shape', async () => {
    for (const segments of [
      ['..', 'auth-secret'],
      ['..', '..', 'etc', 'passwd'],
      ['2026', '05', '..', '..', '..', 'auth-secret'],
      ['%2e%2e', 'auth-secret'],
      ['2026', '05', `${fileName.split('/')[2]}`, '..'],
      ['uploads'],
      [],
    ]) {
      const response = await get(segments)
      expect(response.status, segments.join('/')).toBe(404)
      expect(await response.text()).toBe('Not found')
    }
  })
})
