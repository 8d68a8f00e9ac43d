'use server'

import { refresh } from 'next/cache'
import { insertMedia, updateMediaText } from '@/db/queries/media'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { mediaUrl } from '@/lib/media/paths'
import { mediaMessages, updateMediaTextInput, uploadMediaInput } from '@/lib/media/schema'
import { imageDimensions, sniffImageType } from '@/lib/media/sniff'
import { removeUpload, saveUpload } from '@/lib/server/media/storage'

// Uploads an image from the media page (components/admin/media-upload-form.tsx), with or without
// JavaScript. What the file is comes from its bytes; the stored name is random (lib/media/paths.ts).
export async function uploadMediaAction(_previous: FormState, form: FormData): Promise<FormState> {
  const author = await requireAuthorAction()
  const parsed = uploadMediaInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const { file, originalName, alt, caption } = parsed.data

  const bytes = new Uint8Array(await file.arrayBuffer())
  const image = sniffImageType(bytes)
  // An image whose header gives no size is damaged or disguised: refused like any other non-image.
  const size = image ? imageDimensions(bytes, image.mimeType) : null
  if (!image || !size) return refused(mediaMessages.notAnImage, form, { file: mediaMessages.notAnImage })

  const fileName = await saveUpload(bytes, image.extension, new Date())
  try {
    await insertMedia({ fileName, originalName, mimeType: image.mimeType, sizeBytes: bytes.length, ...size, alt, caption, authorId: author.id })
  } catch (error) {
    await removeUpload(fileName)
    throw error
  }
  refresh()
  return { status: 'success', message: 'Uploaded.', fieldErrors: {}, values: { url: mediaUrl(fileName), alt, caption } }
}

// Changes the alt text and caption kept with an uploaded image (what the media picker offers next time).
export async function updateMediaTextAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = updateMediaTextInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const { id, alt, caption } = parsed.data

  const updated = await updateMediaText(id, { alt, caption })
  if (!updated) return refused(mediaMessages.notFound, form)
  refresh()
  return { status: 'success', message: 'Saved.', fieldErrors: {}, values: { id: String(updated.id), url: updated.url, alt, caption } }
}
