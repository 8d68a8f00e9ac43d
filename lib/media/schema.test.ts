import { describe, expect, it } from 'vitest'
import { mediaMessages, updateMediaTextInput, uploadMediaInput } from './schema'
import { maxUploadBytes } from './sniff'

const image = (size = 10, name = 'holiday.png') => new File([new Uint8Array(size)], name, { type: 'image/png' })

function form(fields: Record<string, string | File>): Record<string, FormDataEntryValue> {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return Object.fromEntries(data)
}

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]))
}

describe('uploadMediaInput', () => {
  it('keeps the file, trimmed alt text and caption, and the original name as a label', () => {
    const result = uploadMediaInput.safeParse(form({ file: image(), alt: '  A bowl of soup  ', caption: ' Lunch \r\non a slow day ' }))
    expect(result.success).toBe(true)
    expect(result.data).toMatchObject({ alt: 'A bowl of soup', caption: 'Lunch \non a slow day', originalName: 'holiday.png' })
    expect(result.data?.file).toBeInstanceOf(File)
  })

  it('treats a missing caption as empty', () => {
    expect(uploadMediaInput.parse(form({ file: image(), alt: 'Soup' })).caption).toBe('')
  })

  it('asks for an image when none was chosen, the file is empty, too large or not a file', () => {
    const noFileChosen = new File([], '', { type: 'application/octet-stream' })
    for (const file of [undefined, noFileChosen, image(maxUploadBytes + 1), 'not a file']) {
      const fields: Record<string, string | File> = { alt: 'Soup' }
      if (file !== undefined) fields.file = file
      expect(errors(uploadMediaInput.safeParse(form(fields)))).toEqual({ file: mediaMessages.file })
    }
    expect(uploadMediaInput.safeParse(form({ file: image(maxUploadBytes), alt: 'Soup' })).success).toBe(true)
  })

  it('asks for alt text, and for shorter alt text and captions', () => {
    expect(errors(uploadMediaInput.safeParse(form({ file: image(), alt: ' \t ' })))).toEqual({ alt: mediaMessages.alt })
    expect(errors(uploadMediaInput.safeParse(form({ file: image() })))).toEqual({ alt: mediaMessages.alt })
    expect(errors(uploadMediaInput.safeParse(form({ file: image(), alt: 'a'.repeat(301) })))).toEqual({ alt: mediaMessages.altTooLong })
    expect(uploadMediaInput.safeParse(form({ file: image(), alt: 'a'.repeat(300) })).success).toBe(true)
    expect(errors(uploadMediaInput.safeParse(form({ file: image(), alt: 'Soup', caption: 'c'.repeat(501) })))).toEqual({
      caption: mediaMessages.captionTooLong,
    })
  })

  it('keeps hostile text as plain text and strips control characters', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
    const result = uploadMediaInput.parse(form({ file: image(10, `${hostile}\u0000.png`), alt: `${hostile}\u0007`, caption: `${hostile}\u001b` }))
    expect(result.alt).toBe(hostile)
    expect(result.caption).toBe(hostile)
    expect(result.originalName).toBe(`${hostile}.png`)
  })

  it('cuts a very long original name without splitting a character', () => {
    const result = uploadMediaInput.parse(form({ file: image(10, `${'😀'.repeat(300)}.png`), alt: 'Soup' }))
    expect(Array.from(result.originalName)).toHaveLength(255)
    expect(result.originalName).toBe('😀'.repeat(255))
  })
})

describe('updateMediaTextInput', () => {
  it('parses an id and the new text', () => {
    expect(updateMediaTextInput.parse({ id: ' 12 ', alt: ' Soup ', caption: '' })).toEqual({ id: 12, alt: 'Soup', caption: '' })
  })

  it('refuses ids that are not plain positive numbers', () => {
    for (const id of ['0', '-1', '1.0', '0x10', '1e3', '', 'abc', undefined]) {
      expect(errors(updateMediaTextInput.safeParse({ id, alt: 'Soup' })), String(id)).toEqual({ id: mediaMessages.notFound })
    }
  })
})
