'use client'

import { useActionState } from 'react'
import { uploadMediaAction } from '@/app/(admin)/_actions/media'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { useFileSizeLimit } from '@/components/ui/use-file-size-limit'
import { initialFormState } from '@/lib/form-state'
import { fieldLimits } from '@/lib/field-limits'

// Mirrors lib/media/sniff.ts and lib/media/schema.ts (client components do not import the schemas);
// the server has the last word.
const maxUploadBytes = 8 * 1024 * 1024
const tooLarge = 'Please choose an image up to 8 MB.'

export function MediaUploadForm() {
  const [state, formAction, isPending] = useActionState(uploadMediaAction, initialFormState)
  const { fileError, checkSize } = useFileSizeLimit(maxUploadBytes, tooLarge)
  const values = state.status === 'success' ? {} : state.values
  const error = (name: string) => (name === 'file' && fileError) || state.fieldErrors[name]

  return (
    <form action={formAction} noValidate className="mt-4 space-y-4 rounded-lg border border-line bg-card p-4">
      <FormMessage status={state.status} message={state.message}>
        {state.status === 'success' && state.values.url ? <span className="block font-normal text-ink">Its address is {state.values.url}</span> : null}
      </FormMessage>
      <Field id="media-file" name="file" label="Image file" hint="PNG, JPEG, GIF or WebP, up to 8 MB." error={error('file')} errorId="file-error" hintFirst>
        {(control) => <input {...control} type="file" required accept="image/png,image/jpeg,image/gif,image/webp" onChange={checkSize} className="input" />}
      </Field>
      <Field
        id="media-alt"
        name="alt"
        label="Alt text"
        hint="What the image shows, for people who cannot see it."
        error={error('alt')}
        errorId="alt-error"
        hintFirst
      >
        {(control) => <input {...control} type="text" required maxLength={fieldLimits.media.alt} defaultValue={values.alt ?? ''} className="input" />}
      </Field>
      <Field id="media-caption" name="caption" label="Caption" error={error('caption')} errorId="caption-error">
        {(control) => <textarea {...control} rows={2} maxLength={fieldLimits.media.caption} defaultValue={values.caption ?? ''} className="input" />}
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Uploading…' : 'Upload'}
      </Button>
    </form>
  )
}
