'use server'

import { updateAuthorProfile } from '@/db/queries/authors'
import { updateSettings } from '@/db/queries/settings'
import { listCategories } from '@/db/queries/taxonomy'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { authorProfileInput } from '@/lib/authors/profile'
import { cacheTags } from '@/lib/cache-tags'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { contentChanged } from '@/lib/server/cache'
import { parseSettingsForm, settingsFormValues } from '@/lib/settings-form'

const invalidMessage = 'Nothing was saved: please check the fields marked below.'

// Settings and the author profile show on every reader page (header, sidebar, footer, comment rules).
async function invalidateSitePages(): Promise<void> {
  await contentChanged([cacheTags.site])
}

// The settings form on /admin/settings (components/admin/settings-form.tsx). All fields or none: a
// single invalid field saves nothing, and the form comes back with everything as typed.
export async function updateSettingsAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = parseSettingsForm(form)
  if (!parsed.success) return invalid(parsed.error, form, invalidMessage)
  const { defaultCategoryId } = parsed.data
  if (defaultCategoryId !== null && !(await listCategories()).some((category) => category.id === defaultCategoryId)) {
    return refused(invalidMessage, form, { defaultCategoryId: 'That category no longer exists. Please choose another.' })
  }
  await updateSettings(parsed.data)
  await invalidateSitePages()
  return { status: 'success', message: 'Settings saved.', fieldErrors: {}, values: settingsFormValues(parsed.data) }
}

// The profile form on /admin/settings (components/admin/author-profile-form.tsx): the signed-in
// author's own name, tagline, bio and picture.
export async function updateAuthorProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const author = await requireAuthorAction()
  const parsed = authorProfileInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form, invalidMessage)
  const outcome = await updateAuthorProfile(author.id, parsed.data)
  if (outcome === 'no-image') return refused(invalidMessage, form, { avatarMediaId: 'That image no longer exists. Please choose another.' })
  if (outcome === 'no-author') return refused('Your account no longer exists. Please sign in again.', form)
  // Post lists and feeds carry the author's name too (db/queries/posts.ts), cached under the posts tag.
  await contentChanged([cacheTags.posts])
  await invalidateSitePages()
  const { avatarMediaId, ...text } = parsed.data
  return {
    status: 'success',
    message: 'Profile saved.',
    fieldErrors: {},
    values: { ...text, avatarMediaId: avatarMediaId === null ? '' : String(avatarMediaId) },
  }
}
