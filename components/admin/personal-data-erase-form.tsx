'use client'

import { useActionState } from 'react'
import { useFormStatus } from 'react-dom'
import { erasePersonalDataAction } from '@/app/(admin)/_actions/privacy'
import { initialFormState } from '@/lib/form-state'
import { FormMessage, LabelledField } from './labelled-field'

export function PersonalDataEraseForm() {
  const [state, formAction] = useActionState(erasePersonalDataAction, initialFormState)
  const error = (name: string) => state.fieldErrors[name]
  return (
    <form action={formAction} noValidate className="mt-4 space-y-5 rounded-lg border border-line bg-card p-4">
      <FormMessage status={state.status} message={state.message} />
      <LabelledField idPrefix="erase" name="email" label="Email address to erase" error={error('email')} control={(props) => <input {...props} type="email" maxLength={254} autoComplete="off" defaultValue={state.values.email ?? ''} className="input max-w-sm" />} />
      <div>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" aria-describedby={error('confirm') ? 'erase-confirm-error' : undefined} className="mt-1" />
          <span>I understand: the comments stay, as “Anonymous”; the subscription and emails to this address are deleted. This cannot be undone.</span>
        </label>
        {error('confirm') ? (
          <p id="erase-confirm-error" className="mt-1 font-bold text-accent-dark">
            {error('confirm')}
          </p>
        ) : null}
      </div>
      <EraseButton />
    </form>
  )
}

function EraseButton() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
      {pending ? 'Erasing…' : 'Erase personal data'}
    </button>
  )
}
