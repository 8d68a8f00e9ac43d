import 'server-only'
import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { finishImportJob, getImportJob, insertImportJob, updateImportJobProgress } from '@/db/queries/import-jobs'
import { env } from '@/lib/server/env'
import { WxrError } from '@/lib/wxr/records'
import { isUnchanged } from '@/lib/wxr/report'
import { importWxrFile } from './run'

// The Import screen's background job: the upload is saved under DATA_DIR/imports, a row in
// import_jobs records its progress for the page to show, and the file is removed when the job ends.

function importsDir(): string {
  return path.join(env.dataDir, 'imports')
}

export async function queueImportJob(bytes: Uint8Array, originalName: string): Promise<number> {
  await mkdir(importsDir(), { recursive: true })
  const fileName = `${randomBytes(12).toString('hex')}.xml`
  await writeFile(path.join(importsDir(), fileName), bytes, { flag: 'wx', mode: 0o600 })
  return insertImportJob({ originalName, fileName, totalBytes: bytes.length })
}

/** Runs a queued job to its end; true when the import changed the site (readers' caches must go). */
export async function runImportJob(id: number): Promise<boolean> {
  const job = await getImportJob(id)
  if (!job || job.status !== 'queued') return false
  const file = path.join(importsDir(), path.basename(job.fileName))
  let lastWrite = 0
  try {
    await updateImportJobProgress(id, { status: 'running', phase: 'reading', processedBytes: 0 })
    const report = await importWxrFile(file, {
      onProgress: (progress) => {
        const now = Date.now()
        if (now - lastWrite < 250 && progress.phase === 'reading') return
        lastWrite = now
        void updateImportJobProgress(id, { status: 'running', phase: progress.phase, processedBytes: progress.processedBytes })
      },
    })
    await finishImportJob(id, { report })
    return !isUnchanged(report)
  } catch (error) {
    const message =
      error instanceof WxrError ? error.message : `The import stopped and nothing was changed: ${error instanceof Error ? error.message : String(error)}`
    await finishImportJob(id, { error: message })
    if (!(error instanceof WxrError)) console.error('Import job', id, error)
    return false
  } finally {
    await rm(file, { force: true })
  }
}
