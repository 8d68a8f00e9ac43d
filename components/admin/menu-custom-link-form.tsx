'use client'

import { useActionState } from 'react'
import { addCustomLinkAction } from '@/app/(admin)/_actions/menus'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { initialFormState } from '@/lib/form-state'
import { fieldLimits } from '@/lib/field-limits'

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
      {fields.map((field) => (
        <Field
          key={field.name}
          id={`menu-link-${field.name}`}
          name={field.name}
          label={field.label}
          hint={field.hint}
          error={state.fieldErrors[field.name]}
          hintFirst
          labelClassName="font-bold"
          errorClassName="mt-1 font-bold text-sm"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode={field.inputMode}
              required
              maxLength={fieldLimits.menu[field.name === 'url' ? 'url' : 'label']}
              defaultValue={state.values[field.name] ?? ''}
              className="input"
            />
          )}
        </Field>
      ))}
      <FormMessage
        status={state.status}
        message={state.message}
        successClassName="text-sm font-bold text-sage"
        failureClassName="text-sm font-bold text-accent-dark"
      />
      <Button type="submit" disabled={isPending} variant="secondary" size="sm">
        Add custom link
      </Button>
    </form>
  )
}
