'use client'

import { useActionState, useState } from 'react'
import { importSubscribersAction } from '@/app/(admin)/_actions/subscribers'
import { initialFormState } from '@/lib/form-state'

// Mirrors lib/newsletter/schema.ts (client components do not import the schemas); the server has the
// last word.
const maxImportBytes = 2 * 1024 * 1024
const tooLarge = 'Please choose a CSV file up to 2 MB.'

export function SubscriberImportForm() {
  const [state, formAction, isPending] = useActionState(importSubscribersAction, initialFormState)
  // With JavaScript, a file over the limit is caught before it is sent: a body over the server's size
  // limit would end in an error page instead of a message by the field.
  const [fileError, setFileError] = useState<string | null>(null)
  const error = fileError ?? state.fieldErrors.file

  function checkSize(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0]
    if (chosen && chosen.size > maxImportBytes) {
      event.currentTarget.value = ''
      setFileError(tooLarge)
    } else {
      setFileError(null)
    }
  }

  return (
    <form action={formAction} noValidate className="mt-4 space-y-4 rounded-lg border border-line bg-card p-4">
      <div role="status" aria-live="polite">
        {state.message ? (
          <p className={state.status === 'success' ? 'font-bold text-sage' : 'rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark'}>{state.message}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="subscriber-import-file" className="block font-bold">
          CSV file
        </label>
        <p id="subscriber-import-hint" className="text-sm text-muted">
          One address per line, with a header row naming the <code>email</code> column and optionally <code>first_name</code>. Up to 2 MB. Imported
          addresses are subscribed at once, so import only people who asked for your newsletter; anyone who unsubscribed stays unsubscribed.
        </p>
        <input
          id="subscriber-import-file"
          name="file"
          type="file"
          required
          accept=".csv,text/csv,text/plain"
          onChange={checkSize}
          aria-invalid={error ? true : undefined}
          aria-describedby={['subscriber-import-hint', error ? 'subscriber-import-error' : null].filter(Boolean).join(' ')}
          className="input"
        />
        {error ? (
          <p id="subscriber-import-error" className="mt-1 font-bold text-accent-dark">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
        {isPending ? 'Importing…' : 'Import'}
      </button>
    </form>
  )
}
