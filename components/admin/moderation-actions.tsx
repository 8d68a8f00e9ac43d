'use client'

import { useActionState } from 'react'
import { moderateCommentsAction } from '@/app/(admin)/_actions/comments'
import type { CommentStatus } from '@/db/schema'
import { operationLabels, operationsFor } from '@/lib/comments/moderation-queue'
import { initialFormState } from '@/lib/form-state'

const buttonClass = 'rounded border border-line bg-card px-3 py-1 text-sm hover:bg-accent-soft'

// The buttons under one comment: one form, one button per operation. The commenter's name is part of
// each button's accessible name, so a screen reader moving through the buttons hears whose comment it is.
export function ModerationRowActions({ id, status, authorName, returnTo }: { id: number; status: CommentStatus; authorName: string; returnTo: string }) {
  const [state, formAction, isPending] = useActionState(moderateCommentsAction, initialFormState)
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="ids" value={id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {operationsFor(status).map((operation) => (
        <button key={operation} type="submit" name="operation" value={operation} disabled={isPending} className={buttonClass}>
          {operationLabels[operation].button}
          <span className="sr-only"> the comment by {authorName}</span>
        </button>
      ))}
      <span role="status" className="text-sm font-bold text-accent-dark">
        {state.status === 'refused' || state.status === 'invalid' ? state.message : null}
      </span>
    </form>
  )
}

// The bulk form of a queue. The row checkboxes sit in the table and join this form through their
// `form` attribute, so the page needs no nested forms and works without JavaScript.
export function ModerationBulkForm({ formId, status, returnTo }: { formId: string; status: CommentStatus; returnTo: string }) {
  const [state, formAction, isPending] = useActionState(moderateCommentsAction, initialFormState)
  const error = state.status === 'refused' || state.status === 'invalid' ? state.message : null
  return (
    <form id={formId} action={formAction} className="mt-4 flex flex-wrap items-end gap-2">
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <label htmlFor={`${formId}-operation`} className="block text-sm font-bold">
          With the selected comments
        </label>
        <select
          id={`${formId}-operation`}
          name="operation"
          defaultValue=""
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${formId}-error` : undefined}
          className="input mt-1"
        >
          <option value="">Choose an action</option>
          {operationsFor(status).map((operation) => (
            <option key={operation} value={operation}>
              {operationLabels[operation].button}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-accent px-4 py-2 font-bold text-white hover:bg-accent-dark">
        Apply
      </button>
      <p id={`${formId}-error`} role="status" className="basis-full font-bold text-accent-dark empty:hidden">
        {error}
      </p>
    </form>
  )
}
