import { Button } from '@/components/ui/button'
import type { MenuTargetOptions } from '@/db/queries/admin-menus'
import { MenuAddTargetsForm } from './menu-add-targets-form'
import { MenuCustomLinkForm } from './menu-custom-link-form'

const group = 'rounded-lg border border-line bg-card p-3'

// Everything that can go into the menu. New items land at the end of the top level; the buttons or
// a drag put them in place.
export function MenuAddPanel({ options, postSearch }: { options: MenuTargetOptions; postSearch: string }) {
  return (
    <section aria-labelledby="menu-add-heading" className="space-y-4">
      <h2 id="menu-add-heading" className="text-xl font-bold">
        Add to menu
      </h2>
      <div className={group}>
        <h3 className="font-bold">Pages</h3>
        <MenuAddTargetsForm kind="page" legend="Pages" options={options.pages} emptyText="No published pages yet." />
      </div>
      <div className={group}>
        <h3 className="font-bold">Categories</h3>
        <MenuAddTargetsForm
          kind="category"
          legend="Categories"
          options={options.categories.map((category) => ({ id: category.id, title: category.name }))}
          emptyText="No categories yet."
        />
      </div>
      <div className={group}>
        <h3 className="font-bold">Posts</h3>
        <form role="search" aria-label="Search posts to add" action="/admin/menus" method="get" className="mt-2 flex gap-2">
          <label htmlFor="menu-post-search" className="sr-only">
            Search posts
          </label>
          <input id="menu-post-search" name="postSearch" type="search" defaultValue={postSearch} className="input mt-0" />
          <Button type="submit" variant="secondary" size="bare" className="px-3 py-1">
            Search
          </Button>
        </form>
        <p className="mt-1 text-sm text-muted">{postSearch ? `Published posts matching “${postSearch}”.` : 'The most recent published posts.'}</p>
        <MenuAddTargetsForm kind="post" legend="Posts" options={options.posts} emptyText="No published posts match." />
      </div>
      <div className={group}>
        <h3 className="font-bold">Custom link</h3>
        <MenuCustomLinkForm />
      </div>
    </section>
  )
}
