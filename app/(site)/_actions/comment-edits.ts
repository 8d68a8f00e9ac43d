'use server'

import { updateGuestComment } from '@/db/queries/comment-edits'
import { applyModeration } from '@/db/queries/moderation'
import { getSettings } from '@/db/queries/settings'
import { cacheTags } from '@/lib/cache-tags'
import { decideEditStatus } from '@/lib/comments/moderation'
import { guestCommentEditInput, signedLinkInput } from '@/lib/comments/schema'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { contentChanged } from '@/lib/server/cache'
import { checkCommentEditToken, type CommentEditCheck } from '@/lib/server/comments/edit-link'
import { loadEditModerationContext } from '@/lib/server/comments/moderation-context'
import { moderationNoticeMail } from '@/lib/server/mail/notifications'

// A guest's private link to change or delete their comment for 24 hours after posting
// (docs/decisions/0020-gentle-comment-tools.md). The signed token is the only credential: it names one
// comment and its expiry, and both actions check it again at the moment of the change.

const refusals: Record<Exclude<CommentEditCheck['kind'], 'editable'>, string> = {
  expired: 'This link has expired: a comment can be changed or deleted for 24 hours after posting.',
  invalid: 'This link is not valid. Please use the link exactly as you received it.',
  gone: 'This comment was deleted or can no longer be changed.',
}

export async function editOwnCommentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = guestCommentEditInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const now = Date.now()
  const check = await checkCommentEditToken(parsed.data.token, now)
  if (check.kind !== 'editable') return refused(refusals[check.kind], form)
  const { comment } = check

  // The same content rules as a new comment; the result is never milder than where it already is.
  const settings = await getSettings()
  const context = await loadEditModerationContext(comment.authorName, comment.authorEmail, settings, now)
  const decided = decideEditStatus(
    { author: comment.authorName, email: comment.authorEmail, url: comment.authorUrl, comment: parsed.data.comment },
    comment.status,
    context,
  )
  const updated = await updateGuestComment(
    comment.id,
    parsed.data.comment,
    decided.status,
    settings.commentNotifyAuthor ? moderationNoticeMail(settings) : undefined,
  )
  if (!updated) return refused(refusals.gone, form)
  await contentChanged([cacheTags.comments(updated.postId), cacheTags.commentCounts])

  // Spam is not told apart from the queue, as for a new comment.
  const message = decided.status === 'approved' ? 'Saved: your comment now shows the new text.' : 'Saved. Your comment is awaiting moderation again.'
  return { status: 'success', message, fieldErrors: {}, values: { comment: parsed.data.comment } }
}

export async function deleteOwnCommentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = signedLinkInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(refusals.invalid, {})
  const check = await checkCommentEditToken(parsed.data.token, Date.now())
  if (check.kind !== 'editable') return refused(refusals[check.kind], {})
  // To Trash, as the author's moderation does: gone for readers, counts recounted, and the author
  // can still see what happened.
  const { changed } = await applyModeration([check.comment.id], 'trash')
  if (changed.length === 0) return refused(refusals.gone, {})
  await contentChanged([cacheTags.comments(check.comment.postId), cacheTags.commentCounts])
  return { status: 'success', message: 'Your comment was deleted.', fieldErrors: {}, values: {} }
}
