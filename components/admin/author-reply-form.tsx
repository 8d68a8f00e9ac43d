'use client'

import { useActionState } from 'react'
import { replyAsAuthorAction } from '@/app/(admin)/_actions/comments'
import { commentFieldMaxLength } from '@/lib/comments/schema'
import { initialFormState } from '@/lib/form-state'

// "Reply" under a comment in the queue: published at once as the author's, approving the comment.
// In the queue it sits folded under each comment (`folded`), and opens by itself to show an error.
export function AuthorReplyForm({ parentId, authorName, returnTo, folded = false }: { parentId: number; authorName: string; returnTo: string; folded?: boolean }) {
  const [state, formAction, isPending] = useActionState(replyAsAuthorAction, initialFormState)
  const fieldId = `reply-${parentId}`
  const error = state.fieldErrors.comment ?? (state.status === 'refused' ? state.message : undefined)
  const form = (
    <form action={formAction} noValidate className="mt-2 space-y-2">
      <input type="hidden" name="parentId" value={parentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <label htmlFor={fieldId} className="block font-bold">
        Your reply to {authorName}
      </label>
      <textarea
        id={fieldId}
        name="comment"
        rows={4}
        maxLength={commentFieldMaxLength.comment}
        defaultValue={state.values.comment ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        className="input"
      />
      {error ? (
        <p id={`${fieldId}-error`} className="font-bold text-accent-dark">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={isPending} className="rounded bg-accent px-4 py-2 font-bold text-white hover:bg-accent-dark">
        {isPending ? 'Publishing…' : 'Publish reply'}
      </button>
    </form>
  )
  if (!folded) return form
  return (
    <details open={error ? true : undefined} className="mt-2">
      <summary className="cursor-pointer text-accent underline">
        Reply<span className="sr-only"> to {authorName}</span>
      </summary>
      {form}
    </details>
  )
}
