'use client'

import { useActionState } from 'react'
import { deleteOwnCommentAction, editOwnCommentAction } from '@/app/(site)/_actions/comment-edits'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { fieldLimits } from '@/lib/field-limits'
import { wantsScripts } from '@/lib/http/first-paint'
import { initialFormState } from '@/lib/form-state'

// The guest's private edit page (app/(site)/comments/edit): change the text, or delete the comment.
// Both are plain forms posting the signed token, so they work without JavaScript.
export function OwnCommentForms({ token, body }: { token: string; body: string }) {
  const [editState, editAction] = useActionState(editOwnCommentAction, initialFormState)
  const [deleteState, deleteAction, isDeleting] = useActionState(deleteOwnCommentAction, initialFormState)
  const isDeleted = deleteState.status === 'success'
  return (
    <>
      <FormMessage status={editState.status} message={editState.message} className="mt-4" />
      {!isDeleted ? (
        // Asks for the page's scripts at once (docs/decisions/0031-scripts-on-demand.md): React resets
        // a textarea with a non-empty default when it hydrates it, so text typed while the scripts
        // were still on their way would be lost; the page is for editing, so they come with it.
        <form action={editAction} noValidate className="mt-4 space-y-4" {...wantsScripts}>
          <input type="hidden" name="token" value={token} />
          <Field id="comment" name="comment" label="Your comment" error={editState.fieldErrors.comment}>
            {(control) => (
              <textarea
                {...control}
                required
                maxLength={fieldLimits.comment.comment}
                rows={8}
                defaultValue={editState.values.comment ?? body}
                className="input"
              />
            )}
          </Field>
          <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
        </form>
      ) : null}
      <section aria-labelledby="delete-title" className="mt-10 border-t border-line pt-6">
        <h2 id="delete-title" className="text-xl font-bold">
          Delete your comment
        </h2>
        <FormMessage status={deleteState.status} message={deleteState.message} className="mt-2" />
        {!isDeleted ? (
          <form action={deleteAction} className="mt-3">
            <input type="hidden" name="token" value={token} />
            <p className="mb-3">Readers will no longer see it. This cannot be undone from this page.</p>
            <Button type="submit" variant="outline" disabled={isDeleting}>
              Delete my comment
            </Button>
          </form>
        ) : null}
      </section>
    </>
  )
}
