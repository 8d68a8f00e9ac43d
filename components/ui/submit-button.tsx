'use client'

import { useFormStatus } from 'react-dom'
import { Button } from './button'

/** A form's primary submit button that shows `pendingLabel` and turns off while its form is being sent. */
export function SubmitButton({ pendingLabel, className, children }: { pendingLabel: string; className?: string; children: React.ReactNode }) {
  const { pending } = useFormStatus()
  return (
    <Button type="submit" disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </Button>
  )
}
