import 'server-only'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { applyWxrImport, listCopiedAttachmentIds, type CopiedUpload } from '@/db/queries/import'
import { ImportStaging } from '@/db/queries/import-staging'
import { imageDimensions, maxUploadBytes, sniffImageType } from '@/lib/media/sniff'
import { removeUpload, saveUpload } from '@/lib/server/media/storage'
import { uploadsRelativePath } from '@/lib/wxr/map'
import { parseWxr } from '@/lib/wxr/parse'
import { WxrError } from '@/lib/wxr/records'
import type { ImportReport } from '@/lib/wxr/report'

// Importing a WordPress export: stream-parse the file into a staging SQLite file (flat memory for any
// size), copy attachment files when --uploads is given, then apply everything to the real database
// in one transaction. A bad file fails in the first step and the database is never touched.
// docs/decisions/0017-wordpress-import.md.

export type ImportProgress = { phase: 'reading' | 'copying' | 'writing' | 'done'; processedBytes: number; totalBytes: number }
export type ImportOptions = { uploadsDir?: string; onProgress?: (progress: ImportProgress) => void }

// Past this size a file is refused before reading: far beyond any blog's export (docs/decisions/0017).
export const maxImportBytes = 1024 * 1024 * 1024

async function* counted(file: string, totalBytes: number, onProgress: ImportOptions['onProgress']): AsyncGenerator<Buffer> {
  let processedBytes = 0
  let lastReported = 0
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    processedBytes += chunk.length
    if (onProgress && processedBytes - lastReported > 1024 * 1024) {
      lastReported = processedBytes
      onProgress({ phase: 'reading', processedBytes, totalBytes })
    }
    yield chunk
  }
}

async function copyUploads(staging: ImportStaging, uploadsDir: string): Promise<{ copied: Map<number, CopiedUpload>; problems: string[] }> {
  const copied = new Map<number, CopiedUpload>()
  const problems: string[] = []
  const alreadyCopied = await listCopiedAttachmentIds()
  const root = path.resolve(uploadsDir)
  for (const item of staging.items('attachment')) {
    if (alreadyCopied.has(item.wordpressId)) continue
    const url = item.attachmentUrl || item.guid
    const relative = uploadsRelativePath(url)
    const file = relative ? path.resolve(root, relative) : null
    if (!file || !file.startsWith(`${root}${path.sep}`)) {
      problems.push(`${url}: not a file below the uploads folder`)
      continue
    }
    let bytes: Uint8Array
    try {
      const info = await stat(file)
      if (info.size > maxUploadBytes) {
        problems.push(`${relative}: larger than the media library takes`)
        continue
      }
      bytes = await readFile(file)
    } catch {
      problems.push(`${relative}: not found in ${uploadsDir}`)
      continue
    }
    const sniffed = sniffImageType(bytes)
    if (!sniffed) {
      problems.push(`${relative}: not an image the media library takes (PNG, JPEG, GIF, WebP); its URL was kept`)
      continue
    }
    const dimensions = imageDimensions(bytes, sniffed.mimeType)
    const fileName = await saveUpload(bytes, sniffed.extension, new Date())
    copied.set(item.wordpressId, {
      fileName,
      originalName: path.basename(file),
      mimeType: sniffed.mimeType,
      sizeBytes: bytes.length,
      width: dimensions?.width ?? null,
      height: dimensions?.height ?? null,
    })
  }
  return { copied, problems }
}

/** Imports a WXR file; throws WxrError (one clear sentence) for a file it refuses, with nothing written. */
export async function importWxrFile(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const { size: totalBytes } = await stat(file)
  if (totalBytes > maxImportBytes)
    throw new WxrError(
      `The file is ${Math.round(totalBytes / 1024 / 1024)} MB; an export larger than ${maxImportBytes / 1024 / 1024} MB is refused. Export in parts (WordPress's exporter can export by date or type).`,
    )
  const staging = new ImportStaging(path.join(tmpdir(), `spoonpress-import-${randomBytes(6).toString('hex')}.db`))
  let copied = new Map<number, CopiedUpload>()
  try {
    for await (const record of parseWxr(counted(file, totalBytes, options.onProgress))) staging.add(record)
    staging.finish()
    options.onProgress?.({ phase: 'copying', processedBytes: totalBytes, totalBytes })
    let problems: string[] = []
    if (options.uploadsDir) ({ copied, problems } = await copyUploads(staging, options.uploadsDir))
    options.onProgress?.({ phase: 'writing', processedBytes: totalBytes, totalBytes })
    const report = await applyWxrImport(staging, copied)
    report.notes.push(...problems)
    options.onProgress?.({ phase: 'done', processedBytes: totalBytes, totalBytes })
    return report
  } catch (error) {
    // The transaction rolled back: the files copied for it belong to nothing.
    for (const upload of copied.values()) await removeUpload(upload.fileName)
    throw error
  } finally {
    staging.close()
  }
}
