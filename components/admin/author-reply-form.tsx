'use client'

import { useActionState } from 'react'
import { replyAsAuthorAction } from '@/app/(admin)/_actions/comments'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { fieldLimits } from '@/lib/field-limits'
import { initialFormState } from '@/lib/form-state'

// "Reply" under a comment in the queue: published at once as the author's, approving the comment.
// In the queue it sits folded under each comment (`folded`), and opens by itself to show an error.
export function AuthorReplyForm({
  parentId,
  authorName,
  returnTo,
  folded = false,
}: {
  parentId: number
  authorName: string
  returnTo: string
  folded?: boolean
}) {
  const [state, formAction, isPending] = useActionState(replyAsAuthorAction, initialFormState)
  const fieldId = `reply-${parentId}`
  const error = state.fieldErrors.comment ?? (state.status === 'refused' ? state.message : undefined)
  const form = (
    <form action={formAction} noValidate className="mt-2 space-y-2">
      <input type="hidden" name="parentId" value={parentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Field id={fieldId} name="comment" label={`Your reply to ${authorName}`} error={error} className="space-y-2" errorClassName="font-bold">
        {(control) => <textarea {...control} rows={4} maxLength={fieldLimits.comment.comment} defaultValue={state.values.comment ?? ''} className="input" />}
      </Field>
      <Button type="submit" disabled={isPending} size="md">
        {isPending ? 'Publishing…' : 'Publish reply'}
      </Button>
    </form>
  )
  if (!folded) return form
  return (
    <details open={error ? true : undefined} className="mt-2">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded border border-accent px-4 font-bold text-accent-dark hover:bg-accent-soft md:min-h-0 md:border-0 md:px-0 md:font-normal md:text-accent md:underline">
        Reply<span className="sr-only"> to {authorName}</span>
      </summary>
      {form}
    </details>
  )
}
