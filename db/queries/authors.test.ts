import { beforeAll, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const queries = await import('./authors')
const { insertMedia } = await import('./media')

let siteAuthorId = 0
let secondAuthorId = 0

beforeAll(async () => {
  siteAuthorId = (await queries.insertAuthor({ email: 'maren@example.com', name: 'Maren', slug: 'maren', passwordHash: 'x' })).id
  secondAuthorId = (await queries.insertAuthor({ email: 'guest@example.com', name: 'Guest', slug: 'guest', passwordHash: 'x' })).id
})

async function uploadImage() {
  return insertMedia({
    fileName: '2026/05/00000000000000aa.png',
    originalName: 'me.png',
    mimeType: 'image/png',
    sizeBytes: 10,
    width: 64,
    height: 64,
    alt: 'Maren smiling',
    caption: '',
    authorId: siteAuthorId,
  })
}

describe('author profiles on a real database', () => {
  it('starts with an empty profile and the generated picture', async () => {
    expect(await queries.getAuthorProfileValues(siteAuthorId)).toEqual({ name: 'Maren', tagline: '', bio: '', avatarMediaId: null })
    expect(await queries.getSiteAuthor()).toEqual({ id: siteAuthorId, name: 'Maren', slug: 'maren', tagline: '', bio: '', avatarUrl: null })
  })

  it('saves the profile with an uploaded avatar, read back by the site and slug reads', async () => {
    const image = await uploadImage()
    const values = { name: 'Maren Holt', tagline: 'Librarian, spoonie', bio: 'One.\n\nTwo.', avatarMediaId: image.id }
    expect(await queries.updateAuthorProfile(siteAuthorId, values)).toBe('updated')
    expect(await queries.getAuthorProfileValues(siteAuthorId)).toEqual(values)
    const profile = { id: siteAuthorId, name: 'Maren Holt', slug: 'maren', tagline: 'Librarian, spoonie', bio: 'One.\n\nTwo.', avatarUrl: image.url }
    expect(await queries.getSiteAuthor()).toEqual(profile)
    expect(await queries.getAuthorBySlug('maren')).toEqual(profile)
  })

  it('changes only the given author', async () => {
    await queries.updateAuthorProfile(secondAuthorId, { name: 'Guest Writer', tagline: '', bio: 'Hi', avatarMediaId: null })
    expect((await queries.getSiteAuthor())?.name).toBe('Maren Holt')
    expect((await queries.getAuthorBySlug('guest'))?.bio).toBe('Hi')
  })

  it('refuses an image that does not exist and an author that does not, changing nothing', async () => {
    const before = await queries.getAuthorProfileValues(siteAuthorId)
    expect(await queries.updateAuthorProfile(siteAuthorId, { name: 'Changed', tagline: '', bio: '', avatarMediaId: 999_999 })).toBe('no-image')
    expect(await queries.getAuthorProfileValues(siteAuthorId)).toEqual(before)
    expect(await queries.updateAuthorProfile(999_999, { name: 'Nobody', tagline: '', bio: '', avatarMediaId: null })).toBe('no-author')
    expect(await queries.getAuthorProfileValues(999_999)).toBeNull()
  })
})
