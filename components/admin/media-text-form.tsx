'use client'

import { useActionState } from 'react'
import { updateMediaTextAction } from '@/app/(admin)/_actions/media'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { initialFormState } from '@/lib/form-state'
import { fieldLimits } from '@/lib/field-limits'

// The alt text and caption of an uploaded image: what the media picker and the author box use.
export function MediaTextForm({ id, alt, caption }: { id: number; alt: string; caption: string }) {
  const [state, formAction, isPending] = useActionState(updateMediaTextAction, initialFormState)
  const error = (field: 'alt' | 'caption') => state.fieldErrors[field]
  return (
    <form action={formAction} noValidate className="mt-4 max-w-xl space-y-4">
      <input type="hidden" name="id" value={id} />
      <FormMessage status={state.status} message={state.message} live={false} />
      <Field id="edit-alt" name="alt" label="Alt text" hint="What the image shows, for people who cannot see it." error={error('alt')} hintFirst>
        {(control) => <input {...control} type="text" maxLength={fieldLimits.media.alt} defaultValue={state.values.alt ?? alt} className="input" />}
      </Field>
      <Field id="edit-caption" name="caption" label="Caption" error={error('caption')}>
        {(control) => <textarea {...control} rows={2} maxLength={fieldLimits.media.caption} defaultValue={state.values.caption ?? caption} className="input" />}
      </Field>
      <Button type="submit" disabled={isPending}>
        Save
      </Button>
    </form>
  )
}
