'use client'

import { useActionState } from 'react'
import { editCommentAction } from '@/app/(admin)/_actions/comments'
import { commentFieldMaxLength } from '@/lib/comments/schema'
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
      <div role="status">{state.message ? <p className="rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark">{state.message}</p> : null}</div>
      {fields.map((field) => {
        const error = state.fieldErrors[field.name]
        const common = {
          id: `edit-${field.name}`,
          name: field.name,
          maxLength: commentFieldMaxLength[field.name],
          defaultValue: state.values[field.name] ?? initial[field.name],
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `edit-${field.name}-error` : undefined,
          className: 'input',
        }
        return (
          <div key={field.name}>
            <label htmlFor={common.id} className="block font-bold">
              {field.label}
            </label>
            {field.rows ? <textarea rows={field.rows} {...common} /> : <input type={field.type ?? 'text'} {...common} />}
            {error ? (
              <p id={`edit-${field.name}-error`} className="mt-1 font-bold text-accent-dark">
                {error}
              </p>
            ) : null}
          </div>
        )
      })}
      <button type="submit" disabled={isPending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
        Save comment
      </button>
    </form>
  )
}
