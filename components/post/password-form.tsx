'use client'

import { useActionState } from 'react'
import { unlockPostAction } from '@/app/(site)/_actions/post-password'
import { fieldLimits } from '@/lib/field-limits'
import { initialFormState } from '@/lib/form-state'

// Shown instead of a password-protected post's text, as WordPress does.
export function PasswordForm({ postId, path }: { postId: number; path: string }) {
  const [state, formAction, isPending] = useActionState(unlockPostAction, initialFormState)
  const error = state.fieldErrors.password
  return (
    <form action={formAction} className="my-6 max-w-xl space-y-3 rounded-lg border border-line bg-card p-5">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="path" value={path} />
      <p>This post is protected by a password. To read it, enter the password below.</p>
      <label htmlFor="post-password" className="block font-bold">
        Password
      </label>
      <input
        id="post-password"
        name="password"
        type="password"
        required
        maxLength={fieldLimits.post.password}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'post-password-error' : undefined}
        className="w-full rounded border border-line px-3 py-2"
      />
      <div role="status" aria-live="polite">
        {error ? (
          <p id="post-password-error" className="font-bold text-accent-dark">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={isPending} className="rounded bg-accent px-5 py-2 font-bold text-on-accent hover:bg-accent-dark">
        Enter
      </button>
    </form>
  )
}
