'use client'

import { useActionState } from 'react'
import { importSubscribersAction } from '@/app/(admin)/_actions/subscribers'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { useFileSizeLimit } from '@/components/ui/use-file-size-limit'
import { initialFormState } from '@/lib/form-state'

// Mirrors lib/newsletter/schema.ts (client components do not import the schemas); the server has the
// last word.
const maxImportBytes = 2 * 1024 * 1024
const tooLarge = 'Please choose a CSV file up to 2 MB.'

const importHint = (
  <>
    One address per line, with a header row naming the <code>email</code> column and optionally <code>first_name</code>. Up to 2 MB. Imported addresses are
    subscribed at once, so import only people who asked for your newsletter; anyone who unsubscribed stays unsubscribed.
  </>
)

export function SubscriberImportForm() {
  const [state, formAction, isPending] = useActionState(importSubscribersAction, initialFormState)
  const { fileError, checkSize } = useFileSizeLimit(maxImportBytes, tooLarge)
  const error = fileError ?? state.fieldErrors.file

  return (
    <form action={formAction} noValidate className="mt-4 space-y-4 rounded-lg border border-line bg-card p-4">
      <FormMessage status={state.status} message={state.message} />
      <Field
        id="subscriber-import-file"
        name="file"
        label="CSV file"
        hint={importHint}
        hintId="subscriber-import-hint"
        error={error}
        errorId="subscriber-import-error"
        hintFirst
      >
        {(control) => <input {...control} type="file" required accept=".csv,text/csv,text/plain" onChange={checkSize} className="input" />}
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Importing…' : 'Import'}
      </Button>
    </form>
  )
}
