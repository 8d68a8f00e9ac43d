import { describe, expect, it } from 'vitest'
import { mediaUrl, mimeTypeForUploadFileName, newUploadFileName, uploadFileNameFromSegments } from './paths'

const hex = '0123456789abcdef'

describe('newUploadFileName', () => {
  it('files uploads by UTC year and month under a random name', () => {
    expect(newUploadFileName(new Date('2026-03-31T23:30:00Z'), 'png', hex)).toBe(`2026/03/${hex}.png`)
    // Just after midnight UTC on 1 January is the new year, whatever the server's time zone.
    expect(newUploadFileName(new Date('2027-01-01T00:10:00Z'), 'webp', hex)).toBe(`2027/01/${hex}.webp`)
  })

  it('refuses anything but 16 lowercase hex digits as the random part', () => {
    expect(() => newUploadFileName(new Date(), 'jpg', '../../etc/passwd')).toThrow()
    expect(() => newUploadFileName(new Date(), 'jpg', hex.toUpperCase())).toThrow()
    expect(() => newUploadFileName(new Date(), 'jpg', hex.slice(1))).toThrow()
  })
})

describe('uploadFileNameFromSegments', () => {
  it('accepts only names the upload action could have made', () => {
    expect(uploadFileNameFromSegments(['2026', '03', `${hex}.png`])).toBe(`2026/03/${hex}.png`)
    for (const extension of ['jpg', 'gif', 'webp']) {
      expect(uploadFileNameFromSegments(['2026', '03', `${hex}.${extension}`])).not.toBeNull()
    }
  })

  it('refuses traversal, other shapes and other extensions', () => {
    const refused = [
      ['..', '..', 'spoonpress.db'],
      ['2026', '..', '..', 'auth-secret'],
      ['2026', '03', '..', `${hex}.png`],
      ['2026/03', `${hex}.png`, '..'],
      ['2026', '03', `${hex}.svg`],
      ['2026', '03', `${hex}.PNG`],
      ['2026', '03', `${hex}.html`],
      ['2026', '03', `${hex}.png.html`],
      ['2026', '03', `${hex}.png`, ''],
      ['2026', '03', `${hex}.png\n`],
      ['2026', '3', `${hex}.png`],
      ['26', '03', `${hex}.png`],
      ['2026', '03', `${hex.toUpperCase()}.png`],
      ['2026', '03', `${hex}0.png`],
      ['2026', '03', 'my photo.png'],
      ['2026', '03', `%2e%2e.png`],
      [],
    ]
    for (const segments of refused) expect(uploadFileNameFromSegments(segments), segments.join('/')).toBeNull()
  })
})

describe('media addresses and types', () => {
  it('serves each upload at /media/<file name>', () => {
    expect(mediaUrl(`2026/03/${hex}.jpg`)).toBe(`/media/2026/03/${hex}.jpg`)
  })

  it('knows the type from the extension of a well-formed name only', () => {
    expect(mimeTypeForUploadFileName(`2026/03/${hex}.png`)).toBe('image/png')
    expect(mimeTypeForUploadFileName(`2026/03/${hex}.jpg`)).toBe('image/jpeg')
    expect(mimeTypeForUploadFileName(`2026/03/${hex}.gif`)).toBe('image/gif')
    expect(mimeTypeForUploadFileName(`2026/03/${hex}.webp`)).toBe('image/webp')
    expect(mimeTypeForUploadFileName('x.png')).toBeNull()
  })
})
