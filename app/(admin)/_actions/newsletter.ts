'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { getPostForEdit } from '@/db/queries/admin-posts'
import { createSendForPost } from '@/db/queries/newsletter-sends'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { refused, type FormState } from '@/lib/form-state'

const sendInput = z.object({ postId: z.coerce.number().int().positive() })

// Queues a published post for every confirmed subscriber, once: a second press finds the same send.
// The server sends it in the background (app/api/newsletter) and the editor shows the progress.
export async function sendToSubscribersAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = sendInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused('Nothing to send.', {})
  const post = await getPostForEdit(parsed.data.postId)
  if (!post || post.type !== 'post' || post.status !== 'published') return refused('Only a published post can be sent to subscribers.', {})
  await createSendForPost(post.id)
  redirect(`/admin/posts/${post.id}?saved=sending#newsletter`)
}
