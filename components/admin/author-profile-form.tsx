'use client'

import { useActionState } from 'react'
import { updateAuthorProfileAction } from '@/app/(admin)/_actions/settings'
import { Field } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { initialFormState } from '@/lib/form-state'
import { fieldLimits } from '@/lib/field-limits'

type ImageChoice = { id: number; alt: string; url: string }

// The signed-in author's profile. The picture is chosen from uploaded images with a plain select, as
// the post editor picks its featured image, so it works without JavaScript.
export function AuthorProfileForm({ saved, images }: { saved: Record<string, string>; images: ImageChoice[] }) {
  const [state, formAction] = useActionState(updateAuthorProfileAction, initialFormState)
  const value = (name: string) => (state.status === 'idle' ? saved[name] : state.values[name]) ?? ''
  const error = (name: string) => state.fieldErrors[name]
  const current = images.find((image) => String(image.id) === value('avatarMediaId'))
  return (
    <form action={formAction} noValidate className="mt-4 space-y-5 rounded-lg border border-line bg-card p-4">
      <FormMessage status={state.status} message={state.message} />
      <Field id="profile-name" name="name" label="Display name" hint="Your name as readers see it on posts and in the author box." error={error('name')}>
        {(props) => <input {...props} type="text" maxLength={fieldLimits.profile.name} autoComplete="name" defaultValue={value('name')} className="input" />}
      </Field>
      <Field id="profile-tagline" name="tagline" label="Your tagline" hint="One line under your name in the author box." error={error('tagline')}>
        {(props) => <input {...props} type="text" maxLength={fieldLimits.profile.tagline} defaultValue={value('tagline')} className="input" />}
      </Field>
      <Field
        id="profile-bio"
        name="bio"
        label="Bio"
        hint="Shown under each post and in the sidebar. Leave a blank line between paragraphs."
        error={error('bio')}
      >
        {(props) => <textarea {...props} rows={6} maxLength={fieldLimits.profile.bio} defaultValue={value('bio')} className="input" />}
      </Field>
      <Field
        id="profile-avatarMediaId"
        name="avatarMediaId"
        label="Picture"
        hint="An uploaded image (upload it on the Media page first), or a generated picture."
        error={error('avatarMediaId')}
      >
        {(props) => (
          // Keyed: React 19's reset after an action would put back the first-drawn choice (see settings-form.tsx).
          <select key={value('avatarMediaId')} {...props} defaultValue={value('avatarMediaId')} className="input max-w-sm">
            <option value="">Generated picture</option>
            {images.map((image) => (
              <option key={image.id} value={image.id}>
                {image.alt || `Image ${image.id}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      {current ? (
        // eslint-disable-next-line @next/next/no-img-element -- our own upload, shown small
        <img src={current.url} alt="Your current picture" width={64} height={64} className="h-16 w-16 rounded-full object-cover" />
      ) : null}
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  )
}
