'use client'

import { useActionState } from 'react'
import { loginAction } from '@/app/(auth)/_actions/auth'
import { initialFormState } from '@/lib/form-state'

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, isPending] = useActionState(loginAction, initialFormState)
  const error = (name: string) => state.fieldErrors[name]
  return (
    <form action={formAction} noValidate className="mt-6 space-y-4">
      <div role="alert" aria-live="assertive">
        {state.message ? <p className="rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark">{state.message}</p> : null}
      </div>
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email" className="block font-bold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.values.email ?? ''} aria-invalid={error('email') ? true : undefined} aria-describedby={error('email') ? 'email-error' : undefined} className="input" />
        {error('email') ? <p id="email-error" className="mt-1 font-bold text-accent-dark">{error('email')}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-bold">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={error('password') ? true : undefined} aria-describedby={error('password') ? 'password-error' : undefined} className="input" />
        {error('password') ? <p id="password-error" className="mt-1 font-bold text-accent-dark">{error('password')}</p> : null}
      </div>
      <button type="submit" disabled={isPending} className="w-full rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
