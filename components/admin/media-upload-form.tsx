'use client'

import { useActionState, useState } from 'react'
import { uploadMediaAction } from '@/app/(admin)/_actions/media'
import { initialFormState } from '@/lib/form-state'

// Mirrors lib/media/sniff.ts and lib/media/schema.ts (client components do not import the schemas);
// the server has the last word.
const maxUploadBytes = 8 * 1024 * 1024
const tooLarge = 'Please choose an image up to 8 MB.'

export function MediaUploadForm() {
  const [state, formAction, isPending] = useActionState(uploadMediaAction, initialFormState)
  // With JavaScript, a file over the limit is caught before it is sent: a body over the server's size
  // limit would end in an error page instead of a message by the field.
  const [fileError, setFileError] = useState<string | null>(null)
  const values = state.status === 'success' ? {} : state.values
  const error = (name: string) => (name === 'file' && fileError) || state.fieldErrors[name]
  const describedBy = (name: string, hint?: string) => [hint, error(name) ? `${name}-error` : null].filter(Boolean).join(' ') || undefined

  function checkSize(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0]
    if (chosen && chosen.size > maxUploadBytes) {
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
          <p className={state.status === 'success' ? 'font-bold text-sage' : 'rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark'}>
            {state.message}
            {state.status === 'success' && state.values.url ? <span className="block font-normal text-ink">Its address is {state.values.url}</span> : null}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="media-file" className="block font-bold">
          Image file
        </label>
        <p id="media-file-hint" className="text-sm text-muted">
          PNG, JPEG, GIF or WebP, up to 8 MB.
        </p>
        <input id="media-file" name="file" type="file" required accept="image/png,image/jpeg,image/gif,image/webp" onChange={checkSize} aria-invalid={error('file') ? true : undefined} aria-describedby={describedBy('file', 'media-file-hint')} className="input" />
        {error('file') ? <p id="file-error" className="mt-1 font-bold text-accent-dark">{error('file')}</p> : null}
      </div>
      <div>
        <label htmlFor="media-alt" className="block font-bold">
          Alt text
        </label>
        <p id="media-alt-hint" className="text-sm text-muted">
          What the image shows, for people who cannot see it.
        </p>
        <input id="media-alt" name="alt" type="text" required maxLength={300} defaultValue={values.alt ?? ''} aria-invalid={error('alt') ? true : undefined} aria-describedby={describedBy('alt', 'media-alt-hint')} className="input" />
        {error('alt') ? <p id="alt-error" className="mt-1 font-bold text-accent-dark">{error('alt')}</p> : null}
      </div>
      <div>
        <label htmlFor="media-caption" className="block font-bold">
          Caption
        </label>
        <textarea id="media-caption" name="caption" rows={2} maxLength={500} defaultValue={values.caption ?? ''} aria-invalid={error('caption') ? true : undefined} aria-describedby={describedBy('caption')} className="input" />
        {error('caption') ? <p id="caption-error" className="mt-1 font-bold text-accent-dark">{error('caption')}</p> : null}
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
        {isPending ? 'Uploading…' : 'Upload'}
      </button>
    </form>
  )
}
