'use client'

import { useActionState } from 'react'
import { restorePostAction, restoreRevisionAction, trashPostAction } from '@/app/(admin)/_actions/posts'
import { Button } from '@/components/ui/button'
import { AlertMessage } from '@/components/ui/form-message'
import { initialFormState } from '@/lib/form-state'

export function TrashToggleButton({ id, isTrashed }: { id: number; isTrashed: boolean }) {
  const [state, formAction, isPending] = useActionState(isTrashed ? restorePostAction : trashPostAction, initialFormState)
  return (
    <form action={formAction} className="mt-3">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" disabled={isPending} variant="outline" size="md">
        {isTrashed ? 'Restore' : 'Move to trash'}
      </Button>
      <AlertMessage message={state.message} />
    </form>
  )
}

export function RevisionRestoreButton({ revisionId, label }: { revisionId: number; label: string }) {
  const [state, formAction, isPending] = useActionState(restoreRevisionAction, initialFormState)
  return (
    <form action={formAction}>
      <input type="hidden" name="revisionId" value={revisionId} />
      <Button type="submit" disabled={isPending} aria-label={`Restore the version from ${label}`} variant="secondary" size="xs">
        Restore this version
      </Button>
      {state.message ? (
        <span role="alert" className="ml-2 text-accent-dark">
          {state.message}
        </span>
      ) : null}
    </form>
  )
}
