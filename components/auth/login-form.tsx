'use client'

import { useActionState } from 'react'
import { loginAction } from '@/app/(auth)/_actions/auth'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { errorBoxClass } from '@/components/ui/form-message'
import { initialFormState } from '@/lib/form-state'

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, isPending] = useActionState(loginAction, initialFormState)
  const error = (name: string) => state.fieldErrors[name]
  return (
    <form action={formAction} noValidate className="mt-6 space-y-4">
      <div role="alert" aria-live="assertive">
        {state.message ? <p className={errorBoxClass}>{state.message}</p> : null}
      </div>
      <input type="hidden" name="next" value={next} />
      <Field id="email" name="email" label="Email" error={error('email')}>
        {(control) => <input {...control} type="email" autoComplete="username" required defaultValue={state.values.email ?? ''} className="input" />}
      </Field>
      <Field id="password" name="password" label="Password" error={error('password')}>
        {(control) => <input {...control} type="password" autoComplete="current-password" required className="input" />}
      </Field>
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  )
}
