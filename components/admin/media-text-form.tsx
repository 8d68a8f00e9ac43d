'use client'

import { useActionState } from 'react'
import { updateMediaTextAction } from '@/app/(admin)/_actions/media'
import { initialFormState } from '@/lib/form-state'
import { mediaFieldMaxLength } from '@/lib/media/schema'

// The alt text and caption of an uploaded image: what the media picker and the author box use.
export function MediaTextForm({ id, alt, caption }: { id: number; alt: string; caption: string }) {
  const [state, formAction, isPending] = useActionState(updateMediaTextAction, initialFormState)
  const error = (field: 'alt' | 'caption') => state.fieldErrors[field]
  const describedBy = (field: 'alt' | 'caption', hint?: string) => [hint, error(field) ? `edit-${field}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <form action={formAction} noValidate className="mt-4 max-w-xl space-y-4">
      <input type="hidden" name="id" value={id} />
      <div role="status">
        {state.message ? (
          <p className={state.status === 'success' ? 'font-bold text-sage' : 'rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark'}>{state.message}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="edit-alt" className="block font-bold">
          Alt text
        </label>
        <p id="edit-alt-hint" className="text-sm text-muted">
          What the image shows, for people who cannot see it.
        </p>
        <input id="edit-alt" name="alt" type="text" maxLength={mediaFieldMaxLength.alt} defaultValue={state.values.alt ?? alt} aria-invalid={error('alt') ? true : undefined} aria-describedby={describedBy('alt', 'edit-alt-hint')} className="input" />
        {error('alt') ? <p id="edit-alt-error" className="mt-1 font-bold text-accent-dark">{error('alt')}</p> : null}
      </div>
      <div>
        <label htmlFor="edit-caption" className="block font-bold">
          Caption
        </label>
        <textarea id="edit-caption" name="caption" rows={2} maxLength={mediaFieldMaxLength.caption} defaultValue={state.values.caption ?? caption} aria-invalid={error('caption') ? true : undefined} aria-describedby={describedBy('caption')} className="input" />
        {error('caption') ? <p id="edit-caption-error" className="mt-1 font-bold text-accent-dark">{error('caption')}</p> : null}
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-accent px-5 py-2 font-bold text-white hover:bg-accent-dark">
        Save
      </button>
    </form>
  )
}
