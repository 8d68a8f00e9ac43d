import type { ImageExtension, ImageMimeType } from './sniff'

// Uploads are stored as YYYY/MM/<16 hex>.<ext> below DATA_DIR/uploads and served at /media/<same>.
// Nothing the sender chose (file name, type) ever reaches the path, and only names of exactly this
// shape are served, so no request can reach outside the uploads folder.
export const uploadFileNamePattern = /^\d{4}\/\d{2}\/[a-f0-9]{16}\.(png|jpg|gif|webp)$/

const mimeTypeByExtension: Record<ImageExtension, ImageMimeType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
}

/** A new upload's file name; the month is UTC, like every timestamp we store. */
export function newUploadFileName(uploadedAt: Date, extension: ImageExtension, randomHex: string): string {
  if (!/^[a-f0-9]{16}$/.test(randomHex)) throw new Error('An upload name needs 16 lowercase hex digits')
  const year = String(uploadedAt.getUTCFullYear()).padStart(4, '0')
  const month = String(uploadedAt.getUTCMonth() + 1).padStart(2, '0')
  return `${year}/${month}/${randomHex}.${extension}`
}

/** The stored file name a /media/... request asks for, or null when it is not one we could have made. */
export function uploadFileNameFromSegments(segments: readonly string[]): string | null {
  const fileName = segments.join('/')
  return uploadFileNamePattern.test(fileName) ? fileName : null
}

export function mediaUrl(fileName: string): string {
  return `/media/${fileName}`
}

export function mimeTypeForUploadFileName(fileName: string): ImageMimeType | null {
  const extension = uploadFileNamePattern.exec(fileName)?.[1] as ImageExtension | undefined
  return extension ? mimeTypeByExtension[extension] : null
}
