'use client'

import { useActionState } from 'react'
import { initialFormState, type FormState } from '@/lib/form-state'

export type TermFormValues = { id: number | null; name: string; slug: string; parentId: number | null; description: string }
type Field = 'name' | 'slug' | 'parentId' | 'description'

// The add and edit form of a category or tag. Parent options are given for categories only.
export function TermForm({
  action,
  kind,
  values,
  parentOptions,
  submitLabel,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>
  kind: 'category' | 'tag'
  values: TermFormValues
  parentOptions?: { id: number; label: string }[]
  submitLabel: string
}) {
  const [state, formAction, isPending] = useActionState(action, initialFormState)
  const prefix = `${kind}-${values.id ?? 'new'}`
  const typed = (name: Field, fallback: string) => state.values[name] ?? fallback
  const error = (name: Field) => state.fieldErrors[name]
  const describedBy = (name: Field, hint?: string) => [error(name) ? `${prefix}-${name}-error` : null, hint ?? null].filter(Boolean).join(' ') || undefined
  const fieldError = (name: Field) =>
    error(name) ? (
      <p id={`${prefix}-${name}-error`} className="mt-1 font-bold text-accent-dark">
        {error(name)}
      </p>
    ) : null

  return (
    <form action={formAction} noValidate className="mt-4 max-w-2xl space-y-4 rounded-lg border border-line bg-card p-4">
      <input type="hidden" name="id" value={values.id ?? ''} />
      <div role="status" aria-live="polite">
        {state.message ? (
          <p className={state.status === 'success' ? 'rounded border border-sage bg-sage-soft p-3 font-bold text-sage' : 'rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark'}>{state.message}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${prefix}-name`} className="block font-bold">
          Name
        </label>
        <input id={`${prefix}-name`} name="name" required maxLength={200} defaultValue={typed('name', values.name)} aria-invalid={error('name') ? true : undefined} aria-describedby={describedBy('name')} className="input" />
        {fieldError('name')}
      </div>
      <div>
        <label htmlFor={`${prefix}-slug`} className="block font-bold">
          Slug
        </label>
        <p id={`${prefix}-slug-hint`} className="text-sm text-muted">
          The last part of the archive address. Leave it empty to make one from the name. Changing it sends the old address to the new one.
        </p>
        <input id={`${prefix}-slug`} name="slug" maxLength={200} defaultValue={typed('slug', values.slug)} aria-invalid={error('slug') ? true : undefined} aria-describedby={describedBy('slug', `${prefix}-slug-hint`)} className="input" />
        {fieldError('slug')}
      </div>
      {parentOptions ? (
        <div>
          <label htmlFor={`${prefix}-parent`} className="block font-bold">
            Parent category
          </label>
          <select
            id={`${prefix}-parent`}
            name="parentId"
            defaultValue={typed('parentId', values.parentId === null ? '' : String(values.parentId))}
            aria-invalid={error('parentId') ? true : undefined}
            aria-describedby={describedBy('parentId')}
            className="input"
          >
            <option value="">None (top level)</option>
            {parentOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
          {fieldError('parentId')}
        </div>
      ) : null}
      <div>
        <label htmlFor={`${prefix}-description`} className="block font-bold">
          Description
        </label>
        <textarea id={`${prefix}-description`} name="description" rows={3} maxLength={2000} defaultValue={typed('description', values.description)} aria-invalid={error('description') ? true : undefined} aria-describedby={describedBy('description')} className="input" />
        {fieldError('description')}
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
        {isPending ? 'Saving…' : submitLabel}
      </button>
    </form>
  )
}
