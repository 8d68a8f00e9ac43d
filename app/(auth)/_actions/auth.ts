'use server'

import { AuthError } from 'next-auth'
import { updateSessionVersion } from '@/db/queries/authors'
import { signIn, signOut } from '@/lib/server/auth/config'
import { getSignedInAuthor } from '@/lib/server/auth/gate'
import { loginInput } from '@/lib/auth/schema'
import { invalid, refused, type FormState } from '@/lib/form-state'

const wrongCredentials = 'That email and password do not match. Please try again.'
const throttled = 'Too many attempts. For your safety, please wait 15 minutes and try again.'

export async function loginAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = loginInput.safeParse(Object.fromEntries(form))
  // formValues never echoes a field named password back into the form.
  if (!parsed.success) return invalid(parsed.error, form)
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: parsed.data.next })
  } catch (error) {
    // A successful sign-in "throws" Next's redirect, which must propagate.
    if (error instanceof AuthError) {
      const isThrottled = 'code' in error && error.code === 'throttled'
      return refused(isThrottled ? throttled : wrongCredentials, form)
    }
    throw error
  }
  return refused(wrongCredentials, form)
}

// Signing out ends the session on the server too: the author's session version goes up, so a copy
// of the cookie no longer opens anything (lib/auth/gate.ts). Versions are per author, so this ends
// the author's other sessions as well (docs/decisions/0015-session-versions.md).
export async function logoutAction(): Promise<void> {
  const author = await getSignedInAuthor()
  if (author) await updateSessionVersion(author.id)
  await signOut({ redirectTo: '/login?signedOut=1' })
}
