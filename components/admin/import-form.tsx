'use client'

import { useActionState } from 'react'
import { startImportAction } from '@/app/(admin)/_actions/import'
import { initialFormState } from '@/lib/form-state'

// The Import screen's upload; works without JavaScript (the form posts, the page then shows progress).
export function ImportForm() {
  const [state, formAction, isPending] = useActionState(startImportAction, initialFormState)
  const error = state.fieldErrors.file ?? (state.status === 'idle' ? undefined : state.message)
  return (
    <form action={formAction} noValidate className="mt-4 space-y-4 rounded-lg border border-line bg-card p-4">
      <div>
        <label htmlFor="wxr-file" className="block font-bold">
          WordPress export file
        </label>
        <p id="wxr-file-hint" className="text-sm text-muted">
          In WordPress, go to Tools → Export, choose “All content” and download the file. Up to 8 MB here; posts, pages, comments, menus and old links all come
          along, and importing the same file again changes nothing.
        </p>
        <input
          id="wxr-file"
          name="file"
          type="file"
          required
          accept=".xml,application/xml,text/xml"
          aria-invalid={error ? true : undefined}
          aria-describedby={['wxr-file-hint', error ? 'wxr-file-error' : null].filter(Boolean).join(' ')}
          className="input"
        />
        <div role="status" aria-live="polite">
          {error ? (
            <p id="wxr-file-error" className="mt-1 font-bold text-accent-dark">
              {error}
            </p>
          ) : null}
        </div>
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
        {isPending ? 'Uploading…' : 'Import'}
      </button>
    </form>
  )
}
