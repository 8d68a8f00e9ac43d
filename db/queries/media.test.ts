import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const queries = await import('./media')
const { insertAuthor } = await import('./authors')

let authorId = 0
let sequence = 0

beforeAll(async () => {
  authorId = (await insertAuthor({ email: 'ada@example.com', name: 'Ada', slug: 'ada', passwordHash: 'x' })).id
})

function newMedia(overrides: Partial<Parameters<typeof queries.insertMedia>[0]> = {}) {
  sequence += 1
  return {
    fileName: `2026/05/${sequence.toString(16).padStart(16, '0')}.png`,
    originalName: 'soup.png',
    mimeType: 'image/png',
    sizeBytes: 1234,
    width: 640,
    height: 480,
    alt: 'A bowl of soup',
    caption: '',
    authorId,
    ...overrides,
  }
}

describe('media queries on a real database', () => {
  it('stores an upload and gives back its view with the public address', async () => {
    expect(await queries.countMedia()).toBe(0)
    const { authorId: _uploader, ...typed } = newMedia({ caption: 'Lunch' })
    const stored = await queries.insertMedia({ ...typed, authorId: _uploader })
    // The view gives back every field as stored (the uploader's id is not part of it).
    expect(stored).toMatchObject(typed)
    expect(stored.id).toBeGreaterThan(0)
    expect(stored.url).toBe(`/media/${stored.fileName}`)
    expect(stored.createdAt).toBeGreaterThan(Date.now() - 60_000)
    expect(await queries.countMedia()).toBe(1)
    expect(await queries.getMediaByFileName(stored.fileName)).toEqual(stored)
  })

  it('finds nothing for a name it does not have', async () => {
    expect(await queries.getMediaByFileName('2026/05/ffffffffffffffff.png')).toBeNull()
  })

  it('refuses a second row for the same file', async () => {
    const first = newMedia()
    await queries.insertMedia(first)
    await expect(queries.insertMedia({ ...first, alt: 'Again' })).rejects.toThrow()
  })

  it('keeps an image without known dimensions or author', async () => {
    const stored = await queries.insertMedia(newMedia({ width: null, height: null, authorId: null }))
    expect(stored).toMatchObject({ width: null, height: null })
  })

  it('lists newest first, a page at a time', async () => {
    const before = await queries.countMedia()
    const newest = await queries.insertMedia(newMedia({ alt: 'Newest' }))
    const total = await queries.countMedia()
    expect(total).toBe(before + 1)
    const [first] = await queries.listMedia(1, 0)
    expect(first?.id).toBe(newest.id)
    const everything = await queries.listMedia(100, 0)
    expect(everything).toHaveLength(total)
    expect(everything.map((row) => row.id)).toEqual([...everything.map((row) => row.id)].sort((a, b) => b - a))
    expect(await queries.listMedia(2, 1)).toEqual(everything.slice(1, 3))
    expect(await queries.listMedia(10, total)).toEqual([])
  })

  it('changes alt text and caption only, and says when the image is gone', async () => {
    const stored = await queries.insertMedia(newMedia())
    const updated = await queries.updateMediaText(stored.id, { alt: 'Soup with bread', caption: 'Tuesday' })
    expect(updated).toEqual({ ...stored, alt: 'Soup with bread', caption: 'Tuesday' })
    expect(await queries.getMediaByFileName(stored.fileName)).toEqual(updated)
    expect(await queries.updateMediaText(999_999, { alt: 'x', caption: '' })).toBeNull()
  })

  it('stores hostile text exactly as typed, as data', async () => {
    const hostile = `"><script>alert(1)</script>'); DROP TABLE media; --`
    const stored = await queries.insertMedia(newMedia({ alt: hostile, caption: hostile, originalName: hostile }))
    expect(await queries.getMediaByFileName(stored.fileName)).toMatchObject({ alt: hostile, caption: hostile, originalName: hostile })
    expect(await queries.countMedia()).toBeGreaterThan(0)
  })
})
