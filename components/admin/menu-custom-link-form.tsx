'use client'

import { useActionState } from 'react'
import { addCustomLinkAction } from '@/app/(admin)/_actions/menus'
import { initialFormState } from '@/lib/form-state'

// The address is a text field, not type="url": a path on this site ("/newsletter") is welcome, and
// the server's rule (lib/menus/schema.ts) explains a refusal next to the field.
export function MenuCustomLinkForm() {
  const [state, formAction, isPending] = useActionState(addCustomLinkAction, initialFormState)
  const fields = [
    { name: 'url', label: 'URL', hint: 'A full address (https://…) or a path on this site (/newsletter).', inputMode: 'url' as const },
    { name: 'label', label: 'Link text', hint: null, inputMode: undefined },
  ]
  return (
    <form action={formAction} noValidate className="mt-2 space-y-3">
      {fields.map((field) => {
        const error = state.fieldErrors[field.name]
        const describedBy = [field.hint ? `menu-link-${field.name}-hint` : null, error ? `menu-link-${field.name}-error` : null].filter(Boolean).join(' ')
        return (
          <div key={field.name}>
            <label htmlFor={`menu-link-${field.name}`} className="font-bold">
              {field.label}
            </label>
            {field.hint ? (
              <p id={`menu-link-${field.name}-hint`} className="text-sm text-muted">
                {field.hint}
              </p>
            ) : null}
            <input
              id={`menu-link-${field.name}`}
              name={field.name}
              type="text"
              inputMode={field.inputMode}
              required
              maxLength={field.name === 'url' ? 2000 : 200}
              defaultValue={state.values[field.name] ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              className="input"
            />
            {error ? (
              <p id={`menu-link-${field.name}-error`} className="mt-1 text-sm font-bold text-accent-dark">
                {error}
              </p>
            ) : null}
          </div>
        )
      })}
      <div role="status" aria-live="polite">
        {state.message ? <p className={state.status === 'success' ? 'text-sm font-bold text-sage' : 'text-sm font-bold text-accent-dark'}>{state.message}</p> : null}
      </div>
      <button type="submit" disabled={isPending} className="rounded border border-line bg-card px-4 py-1 font-bold hover:bg-accent-soft">
        Add custom link
      </button>
    </form>
  )
}
