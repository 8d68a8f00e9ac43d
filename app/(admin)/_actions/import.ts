'use server'

import { revalidateTag } from 'next/cache'
import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { requireAuthorAction } from '@/lib/auth/gate'
import { cacheTags } from '@/lib/cache-tags'
import { invalid, type FormState } from '@/lib/form-state'
import { invalidateCachedPages } from '@/lib/http/page-cache-registry'
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
    if (await runImportJob(jobId)) {
      revalidateTag(cacheTags.posts, { expire: 0 })
      revalidateTag(cacheTags.site, { expire: 0 })
      revalidateTag(cacheTags.commentCounts, { expire: 0 })
      invalidateCachedPages()
    }
  })
  redirect(`/admin/import?job=${jobId}`)
}
