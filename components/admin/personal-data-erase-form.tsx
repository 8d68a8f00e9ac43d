'use client'

import { useActionState } from 'react'
import { erasePersonalDataAction } from '@/app/(admin)/_actions/privacy'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { initialFormState } from '@/lib/form-state'

// "Erase personal data" on /admin/privacy (app/(admin)/_actions/privacy.ts).
export function PersonalDataEraseForm() {
  const [state, formAction] = useActionState(erasePersonalDataAction, initialFormState)
  const error = (name: string) => state.fieldErrors[name]
  return (
    <form action={formAction} noValidate className="mt-4 space-y-5 rounded-lg border border-line bg-card p-4">
      <FormMessage status={state.status} message={state.message} />
      <Field id="erase-email" name="email" label="Email address to erase" error={error('email')}>
        {(props) => <input {...props} type="email" maxLength={254} autoComplete="off" defaultValue={state.values.email ?? ''} className="input max-w-sm" />}
      </Field>
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            aria-invalid={error('confirm') ? true : undefined}
            aria-describedby={error('confirm') ? 'erase-confirm-error' : undefined}
            className="mt-1"
          />
          <span>I understand: the comments stay, as “Anonymous”; the subscription and emails to this address are deleted. This cannot be undone.</span>
        </label>
        {error('confirm') ? (
          <p id="erase-confirm-error" className="mt-1 font-bold text-accent-dark">
            {error('confirm')}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Erasing…">Erase personal data</SubmitButton>
    </form>
  )
}
