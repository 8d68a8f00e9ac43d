'use client'

import { useActionState } from 'react'
import { unsubscribeAction } from '@/app/(site)/_actions/newsletter'
import type { FormState } from '@/lib/form-state'

const initialState: FormState = { status: 'idle', fieldErrors: {}, values: {} }

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, formAction, isPending] = useActionState(unsubscribeAction, initialState)
  return (
    <>
      <div role="status" aria-live="polite">
        {state.message ? <p className={state.status === 'success' ? 'mt-4 font-bold text-sage' : 'mt-4 font-bold text-accent-dark'}>{state.message}</p> : null}
      </div>
      {state.status !== 'success' ? (
        <form action={formAction} className="mt-4">
          <input type="hidden" name="token" value={token} />
          <button type="submit" disabled={isPending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
            Unsubscribe
          </button>
        </form>
      ) : null}
    </>
  )
}
