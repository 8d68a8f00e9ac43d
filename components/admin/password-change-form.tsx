'use client'

import { useActionState } from 'react'
import { useFormStatus } from 'react-dom'
import { changePasswordAction } from '@/app/(admin)/_actions/account'
import { initialFormState } from '@/lib/form-state'
import { FormMessage, LabelledField } from './labelled-field'

// Changing the password ends every other session of the author (app/(admin)/_actions/account.ts).
// Password fields are never refilled after a post.
export function PasswordChangeForm() {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState)
  const error = (name: string) => state.fieldErrors[name]
  return (
    <form action={formAction} noValidate className="mt-4 space-y-5 rounded-lg border border-line bg-card p-4">
      <FormMessage status={state.status} message={state.message} />
      <LabelledField idPrefix="account" name="currentPassword" label="Current password" error={error('currentPassword')} control={(props) => <input {...props} type="password" autoComplete="current-password" maxLength={1000} className="input max-w-sm" />} />
      <LabelledField idPrefix="account" name="newPassword" label="New password" hint="At least 12 characters." error={error('newPassword')} control={(props) => <input {...props} type="password" autoComplete="new-password" maxLength={1000} className="input max-w-sm" />} />
      <LabelledField idPrefix="account" name="confirmPassword" label="New password again" error={error('confirmPassword')} control={(props) => <input {...props} type="password" autoComplete="new-password" maxLength={1000} className="input max-w-sm" />} />
      <ChangeButton />
    </form>
  )
}

function ChangeButton() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
      {pending ? 'Changing…' : 'Change password'}
    </button>
  )
}
