'use server'

import { headers } from 'next/headers'
import { updateAuthorPassword, updateSessionVersion } from '@/db/queries/authors'
import { auth, signOut } from '@/lib/server/auth/config'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { hashPassword } from '@/lib/auth/password'
import { passwordChangeInput } from '@/lib/auth/schema'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { authorizeCredentials } from '@/lib/server/auth/login'

// The "Change your password" form on /admin/settings. The current password is checked like a sign-in
// (throttled the same way); the new one ends every other session of this author but this one
// (docs/decisions/0015-session-versions.md).
export async function changePasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const author = await requireAuthorAction()
  const parsed = passwordChangeInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form, 'Your password was not changed: please check the fields marked below.')
  const address = (await headers()).get('x-spoonpress-ip') ?? ''
  const check = await authorizeCredentials(author.email, parsed.data.currentPassword, address)
  if (check.status === 'throttled') return refused('Too many attempts. For your safety, please wait 15 minutes and try again.', form)
  if (check.status !== 'signed-in') return refused('Your password was not changed.', form, { currentPassword: 'That is not your current password.' })
  await updateAuthorPassword(author.id, await hashPassword(parsed.data.newPassword), (await auth())?.sessionId || null)
  return { status: 'success', message: 'Password changed. Every other session is signed out.', fieldErrors: {}, values: {} }
}

// "Sign out everywhere": every session of this author ends, this one included.
export async function signOutEverywhereAction(): Promise<void> {
  const author = await requireAuthorAction()
  await updateSessionVersion(author.id)
  await signOut({ redirectTo: '/login?signedOut=1' })
}
