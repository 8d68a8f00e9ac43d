import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { deleteTagAction, mergeTagAction, saveTagAction } from '@/app/(admin)/_actions/taxonomy'
import { TermEditScreen, type TermConfirmation } from '@/components/admin/term-edit-screen'
import { getTagForEdit, listTagsWithCounts } from '@/db/queries/admin-taxonomy'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { parsePageNumber } from '@/lib/content/pagination'
import { routes } from '@/lib/routes'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Edit tag – Spoonpress' }

type Search = { confirm?: string | string[]; targetId?: string | string[]; notice?: string | string[] }

export default async function EditTagPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  await requireAuthorPage()
  const [{ id: rawId }, search] = await Promise.all([params, searchParams])
  const id = parsePageNumber(rawId)
  const tag = id === null ? null : await getTagForEdit(id)
  if (!tag) notFound()
  const all = await listTagsWithCounts()
  const target = all.find((row) => String(row.id) === search.targetId && row.id !== tag.id)
  const confirmation: TermConfirmation =
    search.confirm === 'delete' ? { step: 'delete' } : search.confirm === 'merge' && target ? { step: 'merge', target } : null
  const postCount = all.find((row) => row.id === tag.id)?.postCount ?? 0
  return (
    <>
      <h1 className="text-3xl font-bold">Edit tag “{tag.name}”</h1>
      <TermEditScreen
        kind="tag"
        term={{ ...tag, parentId: null }}
        archiveHref={postCount > 0 ? routes.tag(tag.slug) : null}
        mergeOptions={all.filter((row) => row.id !== tag.id).map((row) => ({ id: row.id, label: row.name }))}
        confirmation={confirmation}
        mergeError={search.confirm === 'merge' && !target ? 'Please choose a tag to merge into.' : undefined}
        notice={typeof search.notice === 'string' ? search.notice : undefined}
        isDefault={false}
        actions={{ save: saveTagAction, remove: deleteTagAction, merge: mergeTagAction }}
      />
    </>
  )
}
