import type { Metadata } from 'next'
import { ImportForm } from '@/components/admin/import-form'
import { ImportProgress } from '@/components/admin/import-progress'
import { getImportJob } from '@/db/queries/import-jobs'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Import & export – Spoonpress' }

type Search = { job?: string | string[] }

export default async function ImportPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireAuthorPage()
  const search = await searchParams
  const jobId = Number(Array.isArray(search.job) ? search.job[0] : search.job)
  const job = Number.isInteger(jobId) && jobId > 0 ? await getImportJob(jobId) : null
  return (
    <>
      <h1 className="text-3xl font-bold">Import &amp; export</h1>
      <h2 className="mt-6 text-2xl font-bold">Import from WordPress</h2>
      {job ? <ImportProgress job={job} /> : null}
      <ImportForm />
      <h2 className="mt-8 text-2xl font-bold">Export</h2>
      <p className="mt-2">
        The whole blog as a WordPress export (WXR) file, which WordPress and Spoonpress can both import. It is your backup: it holds commenters’ email
        addresses, so keep it private.
      </p>
      <p className="mt-3">
        <a href="/admin/export" className="inline-block rounded bg-accent px-5 py-2 font-bold text-white no-underline hover:bg-accent-dark" download>
          Export
        </a>
      </p>
    </>
  )
}
