'use server'

import { redirect } from 'next/navigation'
import { applyModeration, insertAuthorReply, updateCommentText } from '@/db/queries/moderation'
import { getSettings } from '@/db/queries/settings'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { cacheTags } from '@/lib/cache-tags'
import { moderationInput, readModerationForm, safeReturnPath, withOutcome } from '@/lib/comments/moderation-queue'
import { authorReplyInput, commentEditInput } from '@/lib/comments/schema'
import { replyNotificationMail } from '@/lib/server/mail/notifications'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { contentChanged } from '@/lib/server/cache'

// What readers see of these posts' comments (threads, counts, "recent comments") changes at once.
async function showOnSite(postIds: Iterable<number>): Promise<void> {
  await contentChanged([...[...postIds].map((postId) => cacheTags.comments(postId)), cacheTags.commentCounts])
}

// Row buttons and the bulk form of /admin/comments (components/admin/moderation-*.tsx). Success goes
// back to the queue the author was on with the outcome in the URL, so it works the same without
// JavaScript and a reload does not repeat it.
export async function moderateCommentsAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = moderationInput.safeParse(readModerationForm(form))
  if (!parsed.success) {
    const problem = parsed.error.issues[0]
    return refused(problem?.message ?? 'Please check your selection.', {}, { operation: problem?.path[0] === 'operation' ? problem.message : undefined })
  }
  const { operation, ids } = parsed.data
  // A reply that goes up tells the person it answers (if they asked): queued with the approval.
  const { changed, skipped } = await applyModeration(ids, operation, replyNotificationMail(await getSettings()))
  if (changed.length > 0) await showOnSite(changed.map((comment) => comment.postId))
  redirect(withOutcome(safeReturnPath(parsed.data.returnTo), { operation, changed: changed.length, skipped }))
}

// "Reply" in the queue: published at once, marked as the author's, and approving the comment it
// answers if that was still waiting.
export async function replyAsAuthorAction(_previous: FormState, form: FormData): Promise<FormState> {
  const author = await requireAuthorAction()
  const parsed = authorReplyInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const reply = await insertAuthorReply(
    {
      parentId: parsed.data.parentId,
      authorId: author.id,
      authorName: author.name,
      authorEmail: author.email,
      body: parsed.data.comment,
      createdAt: Date.now(),
    },
    replyNotificationMail(await getSettings()),
  )
  if (!reply) return refused('This comment is no longer waiting or published (it may be in Spam or the Trash), so it cannot be answered.', form)
  await showOnSite([reply.postId])
  redirect(withOutcome(safeReturnPath(form.get('returnTo')), { operation: 'reply', changed: 1, skipped: 0 }))
}

// The edit screen, /admin/comments/[id]: the commenter's name, email, website and text.
export async function editCommentAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = commentEditInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const { id, author, email, url, comment } = parsed.data
  const updated = await updateCommentText(id, { authorName: author, authorEmail: email, authorUrl: url, body: comment })
  if (!updated) return refused('This comment no longer exists.', form)
  if (updated.status === 'approved') await showOnSite([updated.postId])
  redirect(withOutcome(safeReturnPath(form.get('returnTo')), { operation: 'edit', changed: 1, skipped: 0 }))
}
