'use client'

import { useActionState } from 'react'
import { updateSettingsAction } from '@/app/(admin)/_actions/settings'
import { Field, type ControlProps } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { initialFormState } from '@/lib/form-state'

type Kind = 'text' | 'long' | 'number' | 'lines'
type FieldSpec = { name: string; label: string; hint?: string; kind: Kind; maxLength?: number }

// Plain text fields in the order the screen shows them; the Site fieldset's selects and the
// checkbox are written out below. Limits mirror lib/settings.ts (the server has the last word).
const readerTexts: FieldSpec[] = [
  {
    name: 'greetingNew',
    label: 'Greeting for new readers',
    hint: 'Shown at the top of each post to someone visiting for the first time. Leave empty for none.',
    kind: 'long',
    maxLength: 2000,
  },
  {
    name: 'greetingReturning',
    label: 'Greeting for returning readers',
    hint: 'Shown at the top of each post to readers who have been here before. Leave empty for none.',
    kind: 'long',
    maxLength: 2000,
  },
  { name: 'disclaimer', label: 'Disclaimer', hint: 'Shown in the sidebar of every page. Leave empty to hide it.', kind: 'long', maxLength: 4000 },
  { name: 'copyright', label: 'Copyright', hint: 'Shown in the sidebar. Leave empty to hide it.', kind: 'long', maxLength: 4000 },
  {
    name: 'privacyNote',
    label: 'Privacy note',
    hint: 'Shown in the sidebar with a link to the full privacy policy page. Leave empty to hide it.',
    kind: 'long',
    maxLength: 4000,
  },
  { name: 'affiliateNotice', label: 'Affiliate notice', hint: 'Shown above posts that contain affiliate links.', kind: 'long', maxLength: 1000 },
  { name: 'authorQuote', label: 'Quote in the author box', hint: 'Shown under your bio. Leave empty for none.', kind: 'text', maxLength: 300 },
  {
    name: 'spoonTheoryCredit',
    label: 'Credit line in the author box',
    hint: 'A small line under your bio (for example, who coined the spoon theory).',
    kind: 'long',
    maxLength: 1000,
  },
]

const commentNumbers: FieldSpec[] = [
  {
    name: 'commentDepth',
    label: 'Reply nesting depth',
    hint: 'Nest replies up to this many levels (1 to 10). 1 shows every comment in one flat list.',
    kind: 'number',
  },
  {
    name: 'commentsPerPage',
    label: 'Comments per page',
    hint: 'Top-level comments on each comment page, replies included with them. 0 shows all on one page.',
    kind: 'number',
  },
  {
    name: 'commentsCloseAfterDays',
    label: 'Close comments after (days)',
    hint: 'Posts older than this stop taking comments. 0 keeps them open.',
    kind: 'number',
  },
  { name: 'commentLinkLimit', label: 'Links before a comment is held', hint: 'A comment with more links than this waits for your approval.', kind: 'number' },
  {
    name: 'commentFloodSeconds',
    label: 'Seconds between comments',
    hint: 'The same computer (IP address) may not comment again sooner than this. 0 turns the check off.',
    kind: 'number',
  },
  {
    name: 'commentMinFillSeconds',
    label: 'Fewest seconds to write a comment',
    hint: 'Forms sent back faster than this are treated as robots. 0 turns the check off.',
    kind: 'number',
  },
]

const newsletterFields: FieldSpec[] = [
  { name: 'newsletterIntro', label: 'Newsletter sign-up text', hint: 'Shown above every newsletter sign-up form.', kind: 'long', maxLength: 2000 },
  {
    name: 'newsletterRatePerSecond',
    label: 'Emails sent per second',
    hint: 'How fast a newsletter goes out (1 to 100). Mail providers throttle senders that go faster.',
    kind: 'number',
  },
]

// React 19 resets a form after its action, and a <select> (or checkbox) goes back to the choice it was
// first drawn with, not the new default: the `key`s below redraw them with what was sent.
export function SettingsForm({
  saved,
  categories,
  timeZones,
}: {
  saved: Record<string, string>
  categories: { id: number; name: string }[]
  timeZones: string[]
}) {
  const [state, formAction] = useActionState(updateSettingsAction, initialFormState)
  // After a post, the form shows what was sent (or saved); before it, the stored settings.
  const value = (name: string) => (state.status === 'idle' ? saved[name] : state.values[name]) ?? ''
  const field = (spec: FieldSpec) => (
    <Field key={spec.name} id={`field-${spec.name}`} name={spec.name} label={spec.label} hint={spec.hint} error={state.fieldErrors[spec.name]}>
      {(props) => control(spec, props, value(spec.name))}
    </Field>
  )

  return (
    <form action={formAction} noValidate className="mt-6 space-y-8">
      <FormMessage status={state.status} message={state.message} />
      <Fieldset legend="Site">
        {field({ name: 'siteTitle', label: 'Site title', kind: 'text', maxLength: 120 })}
        {field({ name: 'tagline', label: 'Tagline', hint: 'A short line under the title.', kind: 'text', maxLength: 200 })}
        <Field
          id="field-timeZone"
          name="timeZone"
          label="Time zone"
          hint="Dates and scheduled posts use this zone. Type a city’s zone, such as Europe/London or America/Chicago."
          error={state.fieldErrors.timeZone}
        >
          {(props) => (
            <>
              <input {...props} type="text" list="time-zones" autoComplete="off" maxLength={64} defaultValue={value('timeZone')} className="input max-w-sm" />
              <datalist id="time-zones">
                {timeZones.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field
          id="field-defaultCategoryId"
          name="defaultCategoryId"
          label="Default category"
          hint="Posts saved without a category go here."
          error={state.fieldErrors.defaultCategoryId}
        >
          {(props) => (
            <select key={value('defaultCategoryId')} {...props} defaultValue={value('defaultCategoryId')} className="input max-w-sm">
              <option value="">Uncategorized (made when first needed)</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </Fieldset>
      <Fieldset legend="Texts readers see">{readerTexts.map(field)}</Fieldset>
      <Fieldset legend="Comments">
        {commentNumbers.map(field)}
        <Field
          id="field-commentOrder"
          name="commentOrder"
          label="Comment order"
          hint="Which top-level comments come first. Replies always read oldest first."
          error={state.fieldErrors.commentOrder}
        >
          {(props) => (
            <select key={value('commentOrder')} {...props} defaultValue={value('commentOrder')} className="input max-w-sm">
              <option value="oldest">Oldest first</option>
              <option value="newest">Newest first</option>
            </select>
          )}
        </Field>
        <Checkbox
          name="commentModerationFirst"
          checked={value('commentModerationFirst') === 'on'}
          label="Hold a commenter’s first comment for approval"
          hint="Once you approve a comment, later ones with the same name and email appear at once (never with your own name or email)."
        />
        <Checkbox
          name="commentNotifyAuthor"
          checked={value('commentNotifyAuthor') === 'on'}
          label="Email me when a comment is waiting for approval"
          hint="Sent to the address you sign in with, with a link straight to the comment."
        />
        {field({
          name: 'commentBlockList',
          label: 'Blocked words',
          hint: 'One word, phrase, address or website a line. Comments containing any of them go to spam.',
          kind: 'lines',
          maxLength: 20000,
        })}
      </Fieldset>
      <Fieldset legend="Newsletter">{newsletterFields.map(field)}</Fieldset>
      <Fieldset legend="Feeds">
        <Field
          id="field-feedContent"
          name="feedContent"
          label="For each post in a feed, include"
          hint="Feed readers show this at /feed. The key points always come first."
          error={state.fieldErrors.feedContent}
        >
          {(props) => (
            <select key={value('feedContent')} {...props} defaultValue={value('feedContent')} className="input max-w-sm">
              <option value="full">The full post</option>
              <option value="excerpt">The summary only</option>
            </select>
          )}
        </Field>
      </Fieldset>
      <Fieldset legend="Privacy and security">
        {field({
          name: 'privacyPolicy',
          label: 'Privacy page',
          hint: 'Your own words on /privacy, above what the site says it stores. Linked in the footer and under the comment form.',
          kind: 'long',
          maxLength: 20000,
        })}
        {field({
          name: 'commenterDataDays',
          label: 'Keep commenters’ IP addresses for (days)',
          hint: 'After this many days a comment’s IP address and browser name are erased (the comment stays). 0 keeps them.',
          kind: 'number',
        })}
        {field({
          name: 'imageHosts',
          label: 'Images from other sites',
          hint: 'Reader pages show images only from this site and the https hosts listed here, one a line (such as images.example.com).',
          kind: 'lines',
          maxLength: 2000,
        })}
      </Fieldset>
      <Fieldset legend="Backups">
        {field({
          name: 'backupTime',
          label: 'Back up every day at',
          hint: 'A time such as 03:00, in the site’s time zone. The site writes a backup of everything into the backups folder of its data folder. Leave it empty to turn automatic backups off.',
          kind: 'text',
          maxLength: 5,
        })}
        {field({
          name: 'backupKeep',
          label: 'Backups to keep',
          hint: 'Older automatic backups are deleted once there are more than this.',
          kind: 'number',
        })}
      </Fieldset>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  )
}

function control(spec: FieldSpec, props: ControlProps, value: string) {
  if (spec.kind === 'long' || spec.kind === 'lines') {
    return <textarea {...props} rows={spec.kind === 'lines' ? 6 : 3} maxLength={spec.maxLength} defaultValue={value} className="input" />
  }
  if (spec.kind === 'number') {
    // A text box with a numeric keypad rather than type=number, which would silently drop "abc" or
    // "1,5" instead of letting the server explain what is wrong.
    return <input {...props} type="text" inputMode="numeric" autoComplete="off" defaultValue={value} className="input max-w-32" />
  }
  return <input {...props} type="text" maxLength={spec.maxLength} defaultValue={value} className="input" />
}

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-5 rounded-lg border border-line bg-card p-4">
      <legend className="px-1 text-xl font-bold">{legend}</legend>
      {children}
    </fieldset>
  )
}

// `key` redraws the box with what was sent (see the note above SettingsForm).
function Checkbox({ name, checked, label, hint }: { name: string; checked: boolean; label: string; hint: string }) {
  return (
    <p className="flex items-start gap-2">
      <input
        key={String(checked)}
        id={`field-${name}`}
        name={name}
        type="checkbox"
        defaultChecked={checked}
        aria-describedby={`field-${name}-hint`}
        className="mt-1.5 h-4 w-4"
      />
      <span>
        <label htmlFor={`field-${name}`} className="font-bold">
          {label}
        </label>
        <span id={`field-${name}-hint`} className="block text-sm text-muted">
          {hint}
        </span>
      </span>
    </p>
  )
}
