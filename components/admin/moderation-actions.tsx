'use client'

import { useActionState } from 'react'
import { moderateCommentsAction } from '@/app/(admin)/_actions/comments'
import { Button } from '@/components/ui/button'
import type { CommentStatus } from '@/db/schema'
import { operationLabels, operationsFor } from '@/lib/comments/moderation-queue'
import { initialFormState } from '@/lib/form-state'

// The buttons under one comment: one form, one button per operation. The commenter's name is part of
// each button's accessible name, so a screen reader moving through the buttons hears whose comment it is.
export function ModerationRowActions({
  id,
  status,
  authorName,
  returnTo,
  buttonClassName,
}: {
  id: number
  status: CommentStatus
  authorName: string
  returnTo: string
  buttonClassName?: string
}) {
  const [state, formAction, isPending] = useActionState(moderateCommentsAction, initialFormState)
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="ids" value={id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {operationsFor(status).map((operation) => (
        <Button
          key={operation}
          type="submit"
          name="operation"
          value={operation}
          disabled={isPending}
          variant={operation === 'approve' ? 'primary' : 'secondary'}
          size={buttonClassName ? 'bare' : 'xs'}
          className={buttonClassName}
        >
          {operationLabels[operation].button}
          <span className="sr-only"> the comment by {authorName}</span>
        </Button>
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
      <Button type="submit" disabled={isPending} size="md">
        Apply
      </Button>
      <p id={`${formId}-error`} role="status" className="basis-full font-bold text-accent-dark empty:hidden">
        {error}
      </p>
    </form>
  )
}
