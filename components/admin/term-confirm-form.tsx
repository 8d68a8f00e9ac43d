'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { errorBoxClass } from '@/components/ui/form-message'
import { initialFormState, type FormState } from '@/lib/form-state'

// The second step of a delete or merge: a page of its own (reached by a link or a GET form), so the
// confirmation works without JavaScript.
export function TermConfirmForm({
  action,
  fields,
  question,
  consequences,
  confirmLabel,
  cancelHref,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>
  fields: Record<string, string>
  question: string
  consequences: string
  confirmLabel: string
  cancelHref: string
}) {
  const [state, formAction, isPending] = useActionState(action, initialFormState)
  const problem = state.message ?? Object.values(state.fieldErrors)[0]
  return (
    <form action={formAction} className="mt-6 max-w-2xl space-y-4 rounded-lg border border-accent bg-card p-4">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <h2 className="text-xl font-bold">{question}</h2>
      <p>{consequences}</p>
      <div role="status" aria-live="polite">
        {problem ? <p className={errorBoxClass}>{problem}</p> : null}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {confirmLabel}
        </Button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  )
}
