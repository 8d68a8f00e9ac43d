import type { Metadata } from 'next'
import { saveTagAction } from '@/app/(admin)/_actions/taxonomy'
import { TagTable } from '@/components/admin/tag-table'
import { TermForm } from '@/components/admin/term-form'
import { TermNotice } from '@/components/admin/term-notice'
import { listTagsWithCounts } from '@/db/queries/admin-taxonomy'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Tags – Spoonpress' }

export default async function TagsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; notice?: string | string[] }> }) {
  await requireAuthorPage()
  const search = await searchParams
  const query = (typeof search.q === 'string' ? search.q : '').trim().slice(0, 100)
  const rows = await listTagsWithCounts(query)
  return (
    <>
      <h1 className="text-3xl font-bold">Tags</h1>
      <TermNotice notice={typeof search.notice === 'string' ? search.notice : undefined} />
      <TagTable rows={rows} query={query} />
      <section aria-labelledby="add-heading" className="mt-10">
        <h2 id="add-heading" className="text-xl font-bold">
          Add tag
        </h2>
        <TermForm action={saveTagAction} kind="tag" values={{ id: null, name: '', slug: '', parentId: null, description: '' }} submitLabel="Add tag" />
      </section>
    </>
  )
}
