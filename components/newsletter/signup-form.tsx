'use client'

import { useActionState } from 'react'
import { subscribeAction } from '@/app/(site)/_actions/newsletter'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { initialFormState } from '@/lib/form-state'
import { fieldLimits } from '@/lib/field-limits'

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
      <Field id={id('email')} name="email" label="Email" error={error('email')}>
        {(control) => (
          <input
            {...control}
            type="email"
            required
            maxLength={fieldLimits.newsletter.email}
            autoComplete="email"
            defaultValue={state.values.email ?? ''}
            className="input"
          />
        )}
      </Field>
      <Field
        id={id('firstName')}
        name="firstName"
        label={
          <>
            First name <span className="font-normal text-muted">(optional)</span>
          </>
        }
        error={error('firstName')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={fieldLimits.newsletter.firstName}
            autoComplete="given-name"
            defaultValue={state.values.firstName ?? ''}
            className="input"
          />
        )}
      </Field>
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={id('website_confirm')}>Leave this field empty</label>
        <input id={id('website_confirm')} name="website_confirm" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Button type="submit" disabled={isPending} size="md">
        Subscribe
      </Button>
    </form>
  )
}
