'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { initialFormState, type FormState } from '@/lib/form-state'
import { fieldLimits } from '@/lib/field-limits'

export type TermFormValues = { id: number | null; name: string; slug: string; parentId: number | null; description: string }
type FieldName = 'name' | 'slug' | 'parentId' | 'description'

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
  const typed = (name: FieldName, fallback: string) => state.values[name] ?? fallback
  const error = (name: FieldName) => state.fieldErrors[name]

  return (
    <form action={formAction} noValidate className="mt-4 max-w-2xl space-y-4 rounded-lg border border-line bg-card p-4">
      <input type="hidden" name="id" value={values.id ?? ''} />
      <FormMessage status={state.status} message={state.message} successClassName="rounded border border-sage bg-sage-soft p-3 font-bold text-sage" />
      <Field id={`${prefix}-name`} name="name" label="Name" error={error('name')}>
        {(control) => <input {...control} required maxLength={fieldLimits.term.name} defaultValue={typed('name', values.name)} className="input" />}
      </Field>
      <Field
        id={`${prefix}-slug`}
        name="slug"
        label="Slug"
        hint="The last part of the archive address. Leave it empty to make one from the name. Changing it sends the old address to the new one."
        error={error('slug')}
      >
        {(control) => <input {...control} maxLength={fieldLimits.term.slug} defaultValue={typed('slug', values.slug)} className="input" />}
      </Field>
      {parentOptions ? (
        <Field id={`${prefix}-parent`} name="parentId" label="Parent category" error={error('parentId')} errorId={`${prefix}-parentId-error`}>
          {(control) => (
            <select {...control} defaultValue={typed('parentId', values.parentId === null ? '' : String(values.parentId))} className="input">
              <option value="">None (top level)</option>
              {parentOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field id={`${prefix}-description`} name="description" label="Description" error={error('description')}>
        {(control) => (
          <textarea {...control} rows={3} maxLength={fieldLimits.term.description} defaultValue={typed('description', values.description)} className="input" />
        )}
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : submitLabel}
      </Button>
    </form>
  )
}
