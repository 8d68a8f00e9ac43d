'use server'

import { AuthError } from 'next-auth'
import { signIn, signOut } from '@/lib/server/auth/config'
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

export async function logoutAction(): Promise<void> {
  await signOut({ redirectTo: '/login?signedOut=1' })
}
