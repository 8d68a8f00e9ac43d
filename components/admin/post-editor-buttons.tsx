'use client'

import { useActionState } from 'react'
import { restorePostAction, restoreRevisionAction, trashPostAction } from '@/app/(admin)/_actions/posts'
import { initialFormState } from '@/lib/form-state'

export function TrashToggleButton({ id, isTrashed }: { id: number; isTrashed: boolean }) {
  const [state, formAction, isPending] = useActionState(isTrashed ? restorePostAction : trashPostAction, initialFormState)
  return (
    <form action={formAction} className="mt-3">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={isPending} className="rounded border border-accent px-4 py-2 font-bold text-accent-dark hover:bg-accent-soft">
        {isTrashed ? 'Restore' : 'Move to trash'}
      </button>
      {state.message ? (
        <p role="alert" className="mt-2 font-bold text-accent-dark">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}

export function RevisionRestoreButton({ revisionId, label }: { revisionId: number; label: string }) {
  const [state, formAction, isPending] = useActionState(restoreRevisionAction, initialFormState)
  return (
    <form action={formAction}>
      <input type="hidden" name="revisionId" value={revisionId} />
      <button type="submit" disabled={isPending} aria-label={`Restore the version from ${label}`} className="rounded border border-line bg-card px-3 py-1 text-sm hover:bg-accent-soft">
        Restore this version
      </button>
      {state.message ? <span role="alert" className="ml-2 text-accent-dark">{state.message}</span> : null}
    </form>
  )
}
