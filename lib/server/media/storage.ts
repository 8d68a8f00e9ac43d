import 'server-only'
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '@/lib/server/env'
import { newUploadFileName, uploadFileNamePattern } from '@/lib/media/paths'
import type { ImageExtension } from '@/lib/media/sniff'

// The one place that touches DATA_DIR/uploads. File names always come from lib/media/paths.ts and are
// checked against its pattern again here, so a bad name can never become a path outside the folder.

function uploadPath(fileName: string): string {
  if (!uploadFileNamePattern.test(fileName)) throw new Error('Not an upload file name')
  return path.join(env.dataDir, 'uploads', ...fileName.split('/'))
}

/** Writes a new upload under a fresh random name and returns that name (YYYY/MM/<hex>.<ext>). */
export async function saveUpload(bytes: Uint8Array, extension: ImageExtension, uploadedAt: Date): Promise<string> {
  const fileName = newUploadFileName(uploadedAt, extension, randomBytes(8).toString('hex'))
  const file = uploadPath(fileName)
  // Private to this user, like all of DATA_DIR: the app serves uploads itself (app/media).
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  // 'wx': never overwrite, however unlikely a repeated random name is.
  await writeFile(file, bytes, { flag: 'wx', mode: 0o600 })
  return fileName
}

export async function removeUpload(fileName: string): Promise<void> {
  await rm(uploadPath(fileName), { force: true })
}

/** The stored bytes, or null when there is no such upload. */
export async function readUpload(fileName: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const bytes = await readFile(uploadPath(fileName))
    // A view, not a copy: readFile gives each file its own (never shared) ArrayBuffer.
    return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength)
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR')) return null
    throw error
  }
}
