'use client'

import { useActionState } from 'react'
import { editCommentAction } from '@/app/(admin)/_actions/comments'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { errorBoxClass } from '@/components/ui/form-message'
import { fieldLimits } from '@/lib/field-limits'
import { initialFormState } from '@/lib/form-state'

type Fields = { author: string; email: string; url: string; comment: string }

const fields: { name: keyof Fields; label: string; type?: string; rows?: number }[] = [
  { name: 'author', label: 'Name' },
  { name: 'email', label: 'Email', type: 'email' },
  { name: 'url', label: 'Website', type: 'url' },
  { name: 'comment', label: 'Comment', rows: 8 },
]

export function CommentEditForm({ id, initial, returnTo }: { id: number; initial: Fields; returnTo: string }) {
  const [state, formAction, isPending] = useActionState(editCommentAction, initialFormState)
  return (
    <form action={formAction} noValidate className="mt-4 max-w-2xl space-y-4">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div role="status">{state.message ? <p className={errorBoxClass}>{state.message}</p> : null}</div>
      {fields.map((field) => (
        <Field key={field.name} id={`edit-${field.name}`} name={field.name} label={field.label} error={state.fieldErrors[field.name]}>
          {(control) => {
            const common = {
              ...control,
              maxLength: fieldLimits.comment[field.name],
              defaultValue: state.values[field.name] ?? initial[field.name],
              className: 'input',
            }
            return field.rows ? <textarea rows={field.rows} {...common} /> : <input type={field.type ?? 'text'} {...common} />
          }}
        </Field>
      ))}
      <Button type="submit" disabled={isPending}>
        Save comment
      </Button>
    </form>
  )
}
