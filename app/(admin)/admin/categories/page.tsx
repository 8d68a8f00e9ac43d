import type { Metadata } from 'next'
import { saveCategoryAction } from '@/app/(admin)/_actions/taxonomy'
import { CategoryTable } from '@/components/admin/category-table'
import { TermForm } from '@/components/admin/term-form'
import { TermNotice } from '@/components/admin/term-notice'
import { getDefaultCategoryId } from '@/db/queries/admin-taxonomy'
import { getSettings } from '@/db/queries/settings'
import { listCategories } from '@/db/queries/taxonomy'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { categoryHref } from '@/lib/content/breadcrumbs'
import { flattenCategoryTree } from '@/lib/taxonomy/terms'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Categories – Spoonpress' }

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  await requireAuthorPage()
  const { notice } = await searchParams
  const [all, settings] = await Promise.all([listCategories(), getSettings()])
  const defaultId = await getDefaultCategoryId(settings.defaultCategoryId)
  const tree = flattenCategoryTree(all)
  return (
    <>
      <h1 className="text-3xl font-bold">Categories</h1>
      <TermNotice notice={typeof notice === 'string' ? notice : undefined} />
      <CategoryTable
        rows={tree.map(({ category, depth }) => ({ ...category, depth, archiveHref: categoryHref(category.id, all), isDefault: category.id === defaultId }))}
      />
      <section aria-labelledby="add-heading" className="mt-10">
        <h2 id="add-heading" className="text-xl font-bold">
          Add category
        </h2>
        <TermForm
          action={saveCategoryAction}
          kind="category"
          values={{ id: null, name: '', slug: '', parentId: null, description: '' }}
          parentOptions={tree.map(({ category, depth }) => ({ id: category.id, label: `${'— '.repeat(depth)}${category.name}` }))}
          submitLabel="Add category"
        />
      </section>
    </>
  )
}
