'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPostPassword } from '@/db/queries/posts'
import { env } from '@/lib/server/env'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { isRightPassword, passwordProof, postPasswordCookie, postPasswordMaxAgeSeconds, withUnlockedPost } from '@/lib/posts/password'
import { postPasswordInput } from '@/lib/posts/password-schema'

// The form a password-protected post shows instead of its text (components/post/password-form.tsx).
// The right password sets a signed cookie for that post; the cookie routes the reader to the
// per-reader rendering (next.config.ts), so the text never reaches the shared page cache.
export async function unlockPostAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = postPasswordInput.safeParse(Object.fromEntries(form))
  if (!input.success) return invalid(input.error, form)
  const post = await getPostPassword(input.data.postId)
  if (!post || !isRightPassword(input.data.password, post.password))
    return refused('That is not the password for this post.', form, { password: 'That is not the password for this post.' })
  const cookieStore = await cookies()
  const value = withUnlockedPost(cookieStore.get(postPasswordCookie)?.value, input.data.postId, passwordProof(input.data.postId, post.password, env.authSecret))
  cookieStore.set(postPasswordCookie, value, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: postPasswordMaxAgeSeconds,
    secure: env.siteUrl.startsWith('https://'),
  })
  redirect(input.data.path)
}
