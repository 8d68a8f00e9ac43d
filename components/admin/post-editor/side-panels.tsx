import { Field } from '@/components/ui/field'
import type { EditorFieldState, MediaItem } from './use-post-editor'
import { panelClass } from './publish-panels'

type Category = { id: number; name: string; parentId: number | null }

// A post's categories (a tree of checkboxes) and tags.
export function TaxonomyPanels({
  fields,
  categories,
  categoryIds,
  tags,
}: {
  fields: EditorFieldState
  categories: Category[]
  categoryIds: number[]
  tags: string
}) {
  return (
    <>
      <fieldset className={panelClass}>
        <legend className="font-bold">Categories</legend>
        <p className="text-sm text-muted">The first one ticked leads the breadcrumbs.</p>
        <CategoryTree categories={categories} parentId={null} checked={categoryIds} />
      </fieldset>
      <div className={panelClass}>
        <Field id="tags" name="tags" label="Tags" hint="Separate with commas; new tags are created for you." error={fields.error('tags')}>
          {(control) => <input {...control} aria-invalid={undefined} defaultValue={fields.typed('tags', tags)} className="input" />}
        </Field>
      </div>
    </>
  )
}

// A page's parent page.
export function ParentPagePanel({ fields, pages, parentId }: { fields: EditorFieldState; pages: { id: number; title: string }[]; parentId: number | null }) {
  return (
    <div className={panelClass}>
      <Field id="parentId" name="parentId" label="Parent page" error={fields.error('parentId')}>
        {(control) => (
          <select {...control} aria-invalid={undefined} defaultValue={fields.typed('parentId', String(parentId ?? ''))} className="input">
            <option value="">(none: a top-level page)</option>
            {pages.map((page) => (
              <option key={page.id} value={page.id}>
                {page.title || '(no title)'}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  )
}

export function FeaturedImagePanel({ fields, media, featuredMediaId }: { fields: EditorFieldState; media: MediaItem[]; featuredMediaId: number | null }) {
  return (
    <div className={panelClass}>
      <label htmlFor="featuredMediaId" className="block font-bold">
        Featured image
      </label>
      <select id="featuredMediaId" name="featuredMediaId" defaultValue={fields.typed('featuredMediaId', String(featuredMediaId ?? ''))} className="input">
        <option value="">(none)</option>
        {media.map((item) => (
          <option key={item.id} value={item.id}>
            {item.alt}
          </option>
        ))}
      </select>
    </div>
  )
}

export function OptionsPanel({ isPost, values }: { isPost: boolean; values: { commentsOpen: boolean; isAffiliate: boolean; isSticky: boolean } }) {
  return (
    <fieldset className={`space-y-2 ${panelClass} text-base`}>
      <legend className="font-bold">Options</legend>
      <Checkbox name="commentsOpen" label="Allow comments" defaultChecked={values.commentsOpen} />
      <Checkbox name="isAffiliate" label="Contains affiliate links" defaultChecked={values.isAffiliate} />
      {isPost ? <Checkbox name="isSticky" label="Feature at the top of the home page" defaultChecked={values.isSticky} /> : null}
    </fieldset>
  )
}

function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <p className="flex items-start gap-2">
      <input id={name} name={name} type="checkbox" defaultChecked={defaultChecked} className="mt-1.5 h-4 w-4" />
      <label htmlFor={name}>{label}</label>
    </p>
  )
}

function CategoryTree({ categories, parentId, checked }: { categories: Category[]; parentId: number | null; checked: number[] }) {
  const children = categories.filter((category) => category.parentId === parentId)
  if (children.length === 0) return null
  return (
    <ul className={parentId === null ? 'mt-2 space-y-1 text-base' : 'ml-5 space-y-1'}>
      {children.map((category) => (
        <li key={category.id}>
          <span className="flex items-start gap-2">
            <input
              id={`category-${category.id}`}
              name="categoryIds"
              type="checkbox"
              value={category.id}
              defaultChecked={checked.includes(category.id)}
              className="mt-1.5 h-4 w-4"
            />
            <label htmlFor={`category-${category.id}`}>{category.name}</label>
          </span>
          <CategoryTree categories={categories} parentId={category.id} checked={checked} />
        </li>
      ))}
    </ul>
  )
}
