'use client'

import { useActionState } from 'react'
import { quickDraftAction } from '@/app/(admin)/_actions/posts'
import { Field } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { fieldLimits } from '@/lib/field-limits'
import { initialFormState } from '@/lib/form-state'

// The dashboard's Quick draft box (as WordPress has): a title and a few lines, kept as a new draft.
export function QuickDraftForm() {
  const [state, formAction] = useActionState(quickDraftAction, initialFormState)
  return (
    <section aria-labelledby="quick-draft" className="rounded-lg border border-line bg-card p-4">
      <h2 id="quick-draft" className="text-xl font-bold">
        Quick draft
      </h2>
      <form action={formAction} noValidate className="mt-3 space-y-3">
        <Field id="quick-draft-title" name="title" label="Title" error={state.fieldErrors.title}>
          {(control) => <input {...control} maxLength={fieldLimits.post.title} defaultValue={state.values.title ?? ''} className="input" />}
        </Field>
        <Field id="quick-draft-text" name="text" label="A few lines" hint="Plain text; blank lines start new paragraphs." error={state.fieldErrors.text}>
          {(control) => <textarea {...control} rows={4} maxLength={fieldLimits.post.quickDraft} defaultValue={state.values.text ?? ''} className="input" />}
        </Field>
        <SubmitButton pendingLabel="Saving…" className="min-h-11">
          Save as a draft
        </SubmitButton>
      </form>
    </section>
  )
}
