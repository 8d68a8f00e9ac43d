'use client'

import { useFormStatus } from 'react-dom'
import { buttonClass } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import type { PostStatus } from '@/db/schema'
import type { EditorFieldState } from './use-post-editor'

export const panelClass = 'rounded-lg border border-line bg-card p-4'

// The status box with the save buttons that fit the post's state.
export function StatusPanel({ status, autosaveMessage }: { status: PostStatus; autosaveMessage: string | undefined }) {
  const isPublished = status === 'published'
  return (
    <div className={`space-y-2 ${panelClass}`}>
      <p className="text-base">
        Status: <b>{statusLabel(status)}</b>
      </p>
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {autosaveMessage ?? ''}
      </p>
      {!isPublished ? <SaveButton intent="draft" label="Save draft" /> : null}
      {!isPublished ? <SaveButton intent="publish" label="Publish" isPrimary /> : null}
      {isPublished ? <SaveButton intent="update" label="Update" isPrimary /> : null}
      {status !== 'draft' ? <SaveButton intent="unpublish" label="Unpublish" /> : null}
      <SaveButton intent="preview" label="Preview" />
      <p className="text-sm text-muted">{isPublished ? 'Update: readers see your changes at once.' : 'Publish: readers can see it at once.'}</p>
    </div>
  )
}

export function SchedulePanel({ fields, scheduledAt, timeZone }: { fields: EditorFieldState; scheduledAt: string; timeZone: string }) {
  return (
    <div className={panelClass}>
      <Field id="scheduledAt" name="scheduledAt" label="Publish at" hint={`Time zone: ${timeZone}`} error={fields.error('scheduledAt')}>
        {(control) => <input {...control} type="datetime-local" defaultValue={fields.typed('scheduledAt', scheduledAt)} className="input" />}
      </Field>
      <div className="mt-2">
        <SaveButton intent="schedule" label="Schedule" />
      </div>
      <p className="mt-2 text-sm text-muted">Schedule: it goes up by itself at that time; until then only you can see it.</p>
    </div>
  )
}

function statusLabel(status: PostStatus) {
  return { draft: 'Draft', pending: 'Pending review', published: 'Published', scheduled: 'Scheduled', private: 'Private', trash: 'In the trash' }[status]
}

export function SaveButton({ intent, label, isPrimary = false }: { intent: string; label: string; isPrimary?: boolean }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      className={buttonClass({ variant: isPrimary ? 'primary' : 'outline', size: 'md', className: 'block w-full' })}
    >
      {label}
    </button>
  )
}
