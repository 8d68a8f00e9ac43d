import { z } from 'zod'
import { maxUploadBytes } from './sniff'
import { fieldLimits } from '@/lib/field-limits'

/** The upload form uses these as `maxLength`, so the browser stops typing there. */
const mediaFieldMaxLength = fieldLimits.media

export const mediaMessages = {
  file: 'Please choose an image up to 8 MB.',
  notAnImage: 'Only PNG, JPEG, GIF and WebP images can be uploaded.',
  alt: 'Please describe the image for people who cannot see it.',
  altTooLong: `Please shorten the alt text to ${mediaFieldMaxLength.alt} characters or fewer.`,
  captionTooLong: `Please shorten the caption to ${mediaFieldMaxLength.caption} characters or fewer.`,
  notFound: 'Sorry, this image could not be found. Please reload the page and try again.',
} as const

// \p{Cc} is C0, DEL and C1. Textareas submit CRLF, so line breaks are made \n before stripping.
const CONTROL_EXCEPT_NEWLINE = /(?!\n)\p{Cc}/gu
const CONTROL = /\p{Cc}/gu

function cleanLine(value: string): string {
  return value.replace(CONTROL, '')
}

function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL_EXCEPT_NEWLINE, '')
}

const alt = z
  .string({ error: mediaMessages.alt })
  .overwrite(cleanLine)
  .normalize('NFC')
  .trim()
  .min(1, mediaMessages.alt)
  .max(mediaFieldMaxLength.alt, mediaMessages.altTooLong)

const caption = z
  .string({ error: mediaMessages.captionTooLong })
  .optional()
  .transform((value) =>
    cleanText(value ?? '')
      .normalize('NFC')
      .trim(),
  )
  .pipe(z.string().max(mediaFieldMaxLength.caption, mediaMessages.captionTooLong))

// A browser posts an empty, nameless file when none was chosen: size 0 is "no file".
const file = z.file({ error: mediaMessages.file }).min(1, mediaMessages.file).max(maxUploadBytes, mediaMessages.file)

/**
 * The upload form, parsed from `Object.fromEntries(formData)`. The file's name is kept only as a
 * label for the editor (`originalName`); what the file is comes from lib/media/sniff.ts.
 */
export const uploadMediaInput = z.object({ file, alt, caption }).transform((fields) => ({
  ...fields,
  // Cut by code point, so a long name never ends in half an emoji.
  originalName: Array.from(cleanLine(fields.file.name).normalize('NFC').trim()).slice(0, mediaFieldMaxLength.originalName).join(''),
}))

export type UploadMediaInput = z.output<typeof uploadMediaInput>

/** A database id from a form field: digits only ("0x10", "1e3", "1.0" are refused). */
const id = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : value),
  z.number({ error: mediaMessages.notFound }).int(mediaMessages.notFound).min(1, mediaMessages.notFound),
)

/** The alt text and caption of an image already uploaded. */
export const updateMediaTextInput = z.object({ id, alt, caption })

export type UpdateMediaTextInput = z.output<typeof updateMediaTextInput>
