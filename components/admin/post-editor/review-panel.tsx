import { Field } from '@/components/ui/field'
import { fieldLimits } from '@/lib/field-limits'
import type { EditorFieldState } from './use-post-editor'
import { panelClass } from './publish-panels'

// The health-post trust line: when the author last checked the post against current evidence and what
// that changed, shown to readers under the title and as the post's dateModified in its JSON-LD.
export function ReviewPanel({ fields, lastReviewedOn, changeNote }: { fields: EditorFieldState; lastReviewedOn: string; changeNote: string }) {
  return (
    <fieldset className={`${panelClass} space-y-3`}>
      <legend className="font-bold">Health review</legend>
      <Field id="lastReviewedOn" name="lastReviewedOn" label="Last reviewed" hint="The day you last checked this post." error={fields.error('lastReviewedOn')}>
        {(control) => <input {...control} type="date" defaultValue={fields.typed('lastReviewedOn', lastReviewedOn)} className="input" />}
      </Field>
      <Field id="changeNote" name="changeNote" label="What changed" hint="One line, shown after the date." error={fields.error('changeNote')}>
        {(control) => <input {...control} maxLength={fieldLimits.post.changeNote} defaultValue={fields.typed('changeNote', changeNote)} className="input" />}
      </Field>
    </fieldset>
  )
}
