'use client'

import { useActionState } from 'react'
import { subscribeAction } from '@/app/(site)/_actions/newsletter'
import { initialFormState } from '@/lib/form-state'

// One form, three places (sidebar, after a post, /newsletter): idPrefix keeps ids unique on a page
// that shows two of them.
export function SignupForm({ idPrefix, source }: { idPrefix: string; source: 'sidebar' | 'post' | 'page' }) {
  const [state, formAction, isPending] = useActionState(subscribeAction, initialFormState)
  const id = (name: string) => `${idPrefix}-${name}`
  const error = (name: string) => state.fieldErrors[name]
  if (state.status === 'success') {
    return (
      <p role="status" className="rounded border border-sage/40 bg-sage-soft p-3 text-base">
        {state.message}
      </p>
    )
  }
  return (
    <form action={formAction} noValidate className="space-y-3 text-base">
      <input type="hidden" name="source" value={source} />
      <div role="status" aria-live="polite">
        {state.message ? <p className="font-bold text-accent-dark">{state.message}</p> : null}
      </div>
      <div>
        <label htmlFor={id('email')} className="block font-bold">
          Email
        </label>
        <input id={id('email')} name="email" type="email" required maxLength={100} autoComplete="email" defaultValue={state.values.email ?? ''} aria-invalid={error('email') ? true : undefined} aria-describedby={error('email') ? id('email-error') : undefined} className="input" />
        {error('email') ? (
          <p id={id('email-error')} className="mt-1 font-bold text-accent-dark">
            {error('email')}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={id('firstName')} className="block font-bold">
          First name <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id={id('firstName')} name="firstName" type="text" maxLength={100} autoComplete="given-name" defaultValue={state.values.firstName ?? ''} aria-invalid={error('firstName') ? true : undefined} aria-describedby={error('firstName') ? id('firstName-error') : undefined} className="input" />
        {error('firstName') ? (
          <p id={id('firstName-error')} className="mt-1 font-bold text-accent-dark">
            {error('firstName')}
          </p>
        ) : null}
      </div>
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={id('website_confirm')}>Leave this field empty</label>
        <input id={id('website_confirm')} name="website_confirm" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-accent px-4 py-2 font-bold text-white hover:bg-accent-dark">
        Subscribe
      </button>
    </form>
  )
}
