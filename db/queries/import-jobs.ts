import 'server-only'
import { desc, eq } from 'drizzle-orm'
import type { ImportReport } from '@/lib/wxr/report'
import { db } from '../client'
import { importJobs, type ImportJobStatus } from '../schema'

// Imports started from the editor's Import screen, run in the background (lib/server/import/jobs.ts).

export type ImportJobView = {
  id: number
  status: ImportJobStatus
  originalName: string
  fileName: string
  totalBytes: number
  processedBytes: number
  phase: string
  report: ImportReport | null
  error: string | null
  createdAt: number
  finishedAt: number | null
}

function toView(row: typeof importJobs.$inferSelect): ImportJobView {
  return { ...row, report: (row.report as ImportReport | null) ?? null }
}

export async function insertImportJob(job: { originalName: string; fileName: string; totalBytes: number }): Promise<number> {
  const [row] = await db
    .insert(importJobs)
    .values({ ...job, status: 'queued', createdAt: Date.now() })
    .returning({ id: importJobs.id })
  if (!row) throw new Error('The import job insert returned no row')
  return row.id
}

export async function getImportJob(id: number): Promise<ImportJobView | null> {
  const [row] = await db.select().from(importJobs).where(eq(importJobs.id, id)).limit(1)
  return row ? toView(row) : null
}

export async function getLatestImportJob(): Promise<ImportJobView | null> {
  const [row] = await db.select().from(importJobs).orderBy(desc(importJobs.id)).limit(1)
  return row ? toView(row) : null
}

export async function updateImportJobProgress(id: number, progress: { status: ImportJobStatus; phase: string; processedBytes: number }): Promise<void> {
  await db.update(importJobs).set(progress).where(eq(importJobs.id, id))
}

export async function finishImportJob(id: number, outcome: { report: ImportReport } | { error: string }): Promise<void> {
  await db
    .update(importJobs)
    .set(
      'report' in outcome
        ? { status: 'done', phase: 'done', report: outcome.report, finishedAt: Date.now() }
        : { status: 'failed', error: outcome.error, finishedAt: Date.now() },
    )
    .where(eq(importJobs.id, id))
}
