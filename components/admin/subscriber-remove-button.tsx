'use client'

import { useActionState } from 'react'
import { deleteSubscriberAction } from '@/app/(admin)/_actions/subscribers'
import { Button } from '@/components/ui/button'
import { initialFormState } from '@/lib/form-state'

// One form per row, so it works without JavaScript. The address is part of the button's name, so a
// screen reader moving through the buttons hears whom each one removes.
export function SubscriberRemoveButton({ id, email }: { id: number; email: string }) {
  const [state, formAction, isPending] = useActionState(deleteSubscriberAction, initialFormState)
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" disabled={isPending} variant="secondary" size="xs">
        Remove<span className="sr-only"> {email}</span>
      </Button>
      <span role="status" aria-live="polite" className="ml-2 text-sm text-accent-dark">
        {state.status === 'refused' || state.status === 'invalid' ? state.message : null}
      </span>
    </form>
  )
}
