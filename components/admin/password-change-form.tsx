'use client'

import { useActionState } from 'react'
import { changePasswordAction } from '@/app/(admin)/_actions/account'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { initialFormState } from '@/lib/form-state'

// Changing the password ends every other session of the author (app/(admin)/_actions/account.ts).
// Password fields are never refilled after a post.
export function PasswordChangeForm() {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState)
  const error = (name: string) => state.fieldErrors[name]
  return (
    <form action={formAction} noValidate className="mt-4 space-y-5 rounded-lg border border-line bg-card p-4">
      <FormMessage status={state.status} message={state.message} />
      <Field id="account-currentPassword" name="currentPassword" label="Current password" error={error('currentPassword')}>
        {(props) => <input {...props} type="password" autoComplete="current-password" maxLength={1000} className="input max-w-sm" />}
      </Field>
      <Field id="account-newPassword" name="newPassword" label="New password" hint="At least 12 characters." error={error('newPassword')}>
        {(props) => <input {...props} type="password" autoComplete="new-password" maxLength={1000} className="input max-w-sm" />}
      </Field>
      <Field id="account-confirmPassword" name="confirmPassword" label="New password again" error={error('confirmPassword')}>
        {(props) => <input {...props} type="password" autoComplete="new-password" maxLength={1000} className="input max-w-sm" />}
      </Field>
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  )
}
