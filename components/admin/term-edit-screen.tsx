import Link from 'next/link'
import { Button } from '@/components/ui/button'
import type { FormState } from '@/lib/form-state'
import { TermConfirmForm } from './term-confirm-form'
import { TermForm, type TermFormValues } from './term-form'
import { TermNotice } from './term-notice'

type Action = (previous: FormState, form: FormData) => Promise<FormState>
type Option = { id: number; label: string }
export type TermConfirmation = { step: 'delete' } | { step: 'merge'; target: { id: number; name: string } } | null

// /admin/categories/[id] and /admin/tags/[id]: edit, then merge or delete through a confirmation page.
export function TermEditScreen({
  kind,
  term,
  archiveHref,
  parentOptions,
  mergeOptions,
  confirmation,
  mergeError,
  notice,
  isDefault,
  actions,
}: {
  kind: 'category' | 'tag'
  term: TermFormValues & { id: number }
  archiveHref: string | null
  parentOptions?: Option[]
  mergeOptions: Option[]
  confirmation: TermConfirmation
  mergeError?: string
  notice?: string
  isDefault: boolean
  actions: { save: Action; remove: Action; merge: Action }
}) {
  const listHref = kind === 'category' ? '/admin/categories' : '/admin/tags'
  const editHref = `${listHref}/${term.id}`
  if (confirmation?.step === 'delete') {
    const consequences =
      kind === 'category'
        ? 'Its posts keep their other categories; a post left without one goes to the default category. Subcategories move up one level. Its address will no longer work.'
        : 'Its posts keep their other tags. Its address will no longer work.'
    return (
      <TermConfirmForm
        action={actions.remove}
        fields={{ id: String(term.id) }}
        question={`Delete the ${kind} “${term.name}”?`}
        consequences={consequences}
        confirmLabel={`Delete ${kind}`}
        cancelHref={editHref}
      />
    )
  }
  if (confirmation?.step === 'merge') {
    return (
      <TermConfirmForm
        action={actions.merge}
        fields={{ id: String(term.id), targetId: String(confirmation.target.id) }}
        question={`Merge “${term.name}” into “${confirmation.target.name}”?`}
        consequences={`Its posts${kind === 'category' ? ', subcategories and menu items' : ''} move to “${confirmation.target.name}”, “${term.name}” is deleted, and its address leads to “${confirmation.target.name}”.`}
        confirmLabel="Merge"
        cancelHref={editHref}
      />
    )
  }
  return (
    <>
      <TermNotice notice={notice} />
      {archiveHref ? (
        <p className="mt-2">
          <Link href={archiveHref}>View the archive</Link> <span className="text-muted">({archiveHref})</span>
        </p>
      ) : null}
      <TermForm action={actions.save} kind={kind} values={term} parentOptions={parentOptions} submitLabel="Save" />
      <section aria-labelledby="merge-heading" className="mt-10 max-w-2xl">
        <h2 id="merge-heading" className="text-xl font-bold">
          Merge into another {kind}
        </h2>
        <form action={editHref} method="get" className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="confirm" value="merge" />
          <div>
            <label htmlFor="merge-target" className="block font-bold">
              Merge into
            </label>
            <select
              id="merge-target"
              name="targetId"
              defaultValue=""
              aria-invalid={mergeError ? true : undefined}
              aria-describedby={mergeError ? 'merge-target-error' : undefined}
              className="input"
            >
              <option value="">Choose a {kind}</option>
              {mergeOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" size="md">
            Merge…
          </Button>
        </form>
        {mergeError ? (
          <p id="merge-target-error" className="mt-1 font-bold text-accent-dark">
            {mergeError}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="delete-heading" className="mt-10 max-w-2xl">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete
        </h2>
        {isDefault ? (
          <p className="mt-2">This is the default category: posts left without a category go here, so it cannot be deleted.</p>
        ) : (
          <p className="mt-2">
            <Link href={`${editHref}?confirm=delete`}>Delete this {kind}…</Link>
          </p>
        )}
      </section>
      <p className="mt-10">
        <Link href={listHref}>Back to all {kind === 'category' ? 'categories' : 'tags'}</Link>
      </p>
    </>
  )
}
