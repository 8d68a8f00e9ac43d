'use server'

import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { importChangedTags } from '@/lib/cache-tags'
import { invalid, type FormState } from '@/lib/form-state'
import { contentChanged } from '@/lib/server/cache'
import { queueImportJob, runImportJob } from '@/lib/server/import/jobs'
import { importUploadInput } from '@/lib/wxr/schema'

// Starts a WordPress import from the Import screen (components/admin/import-form.tsx): the file is
// saved and the import runs after the response, while the page shows its progress.
export async function startImportAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = importUploadInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const { file } = parsed.data
  const jobId = await queueImportJob(new Uint8Array(await file.arrayBuffer()), file.name)
  after(async () => {
    // After the response, like a background job: the tags expire at once (docs/decisions/0001).
    if (await runImportJob(jobId)) await contentChanged(importChangedTags, { from: 'job' })
  })
  redirect(`/admin/import?job=${jobId}`)
}
