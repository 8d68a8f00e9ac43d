import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { deleteCategoryAction, mergeCategoryAction, saveCategoryAction } from '@/app/(admin)/_actions/taxonomy'
import { TermEditScreen, type TermConfirmation } from '@/components/admin/term-edit-screen'
import { getCategoryForEdit, getDefaultCategoryId } from '@/db/queries/admin-taxonomy'
import { getSettings } from '@/db/queries/settings'
import { listCategories } from '@/db/queries/taxonomy'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { categoryHref } from '@/lib/content/breadcrumbs'
import { parsePageNumber } from '@/lib/content/pagination'
import { canBeParent, flattenCategoryTree } from '@/lib/taxonomy/terms'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Edit category – Spoonpress' }

type Search = { confirm?: string | string[]; targetId?: string | string[]; notice?: string | string[] }

export default async function EditCategoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  await requireAuthorPage()
  const [{ id: rawId }, search] = await Promise.all([params, searchParams])
  const id = parsePageNumber(rawId)
  const category = id === null ? null : await getCategoryForEdit(id)
  if (!category) notFound()
  const [all, settings] = await Promise.all([listCategories(), getSettings()])
  const tree = flattenCategoryTree(all).map(({ category: node, depth }) => ({ id: node.id, label: `${'— '.repeat(depth)}${node.name}` }))
  const target = all.find((node) => String(node.id) === search.targetId && node.id !== category.id)
  const defaultId = await getDefaultCategoryId(settings.defaultCategoryId)
  const confirmation: TermConfirmation =
    search.confirm === 'delete' ? { step: 'delete' } : search.confirm === 'merge' && target ? { step: 'merge', target } : null
  return (
    <>
      <h1 className="text-3xl font-bold">Edit category “{category.name}”</h1>
      <TermEditScreen
        kind="category"
        term={category}
        archiveHref={categoryHref(category.id, all)}
        parentOptions={tree.filter((option) => canBeParent(category.id, option.id, all))}
        mergeOptions={tree.filter((option) => option.id !== category.id)}
        confirmation={confirmation}
        mergeError={search.confirm === 'merge' && !target ? 'Please choose a category to merge into.' : undefined}
        notice={typeof search.notice === 'string' ? search.notice : undefined}
        isDefault={defaultId === category.id}
        actions={{ save: saveCategoryAction, remove: deleteCategoryAction, merge: mergeCategoryAction }}
      />
    </>
  )
}
