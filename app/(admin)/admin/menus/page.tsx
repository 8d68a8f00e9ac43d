import type { Metadata } from 'next'
import { MenuAddPanel } from '@/components/admin/menu-add-panel'
import { MenuEditor } from '@/components/admin/menu-editor'
import { getMenuIdByLocation, listMenuItemsForEdit, listMenuTargetOptions } from '@/db/queries/admin-menus'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Menus – Spoonpress' }

type Search = { postSearch?: string | string[] }

export default async function MenusPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireAuthorPage()
  const search = await searchParams
  const postSearch = (typeof search.postSearch === 'string' ? search.postSearch : '').trim().slice(0, 100)
  const menuId = await getMenuIdByLocation('primary')
  const [items, options] = await Promise.all([menuId === null ? [] : listMenuItemsForEdit(menuId), listMenuTargetOptions(postSearch)])
  return (
    <>
      <h1 className="text-3xl font-bold">Menus</h1>
      <p className="mt-2 text-muted">The primary menu, shown in the site header. Changes show on the site at once.</p>
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <MenuAddPanel options={options} postSearch={postSearch} />
        <section aria-labelledby="menu-structure-heading">
          <h2 id="menu-structure-heading" className="text-xl font-bold">
            Menu structure
          </h2>
          <MenuEditor items={items} />
        </section>
      </div>
    </>
  )
}
