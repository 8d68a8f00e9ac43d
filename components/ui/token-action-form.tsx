'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { initialFormState, type FormState } from '@/lib/form-state'

// A single button that carries a signed token to an action (stop reply notifications, unsubscribe):
// the links in emails open a page that asks, and this button is the answer.
export function TokenActionForm({
  action,
  token,
  label,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>
  token: string
  label: string
}) {
  const [state, formAction, isPending] = useActionState(action, initialFormState)
  return (
    <>
      <div role="status" aria-live="polite">
        {state.message ? <p className={state.status === 'success' ? 'mt-4 font-bold text-sage' : 'mt-4 font-bold text-accent-dark'}>{state.message}</p> : null}
      </div>
      {state.status !== 'success' ? (
        <form action={formAction} className="mt-4">
          <input type="hidden" name="token" value={token} />
          <Button type="submit" disabled={isPending}>
            {label}
          </Button>
        </form>
      ) : null}
    </>
  )
}
