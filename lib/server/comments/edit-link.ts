import 'server-only'
import { getEditableComment, type EditableComment } from '@/db/queries/comment-edits'
import { getSettings } from '@/db/queries/settings'
import { editExpiresAt, signEditToken, verifyEditToken } from '@/lib/comments/edit-token'
import { env, generatedSecret } from '@/lib/server/env'

// The guest's private edit/delete link (docs/decisions/0020-gentle-comment-tools.md): its own secret,
// so it can never be confused with another signed link.
export function editTokenSecret(): string {
  return generatedSecret('comment-edit-secret')
}

/** The private link's path (shown only on the per-reader page, never in a cached one). */
export function commentEditPath(commentId: number, createdAt: number): string {
  return `/comments/edit?token=${encodeURIComponent(signEditToken(commentId, editExpiresAt(createdAt), editTokenSecret()))}`
}

export function commentEditUrl(commentId: number, createdAt: number): string {
  return `${env.siteUrl}${commentEditPath(commentId, createdAt)}`
}

export type CommentEditCheck =
  | { kind: 'editable'; comment: EditableComment; expiresAt: number }
  | { kind: 'expired' }
  | { kind: 'invalid' }
  // Signed by us, but the comment was deleted or trashed meanwhile.
  | { kind: 'gone' }

/** What a token opens at `now`: the single place the page and both actions check it. */
export async function checkCommentEditToken(token: unknown, now: number): Promise<CommentEditCheck> {
  const verified = verifyEditToken(token, editTokenSecret(), now)
  if (verified.kind !== 'valid') return verified
  const comment = await getEditableComment(verified.commentId)
  // The expiry is signed with the id, but it must also be this comment's own 24 hours.
  if (!comment || editExpiresAt(comment.createdAt) !== verified.expiresAt) return { kind: 'gone' }
  return { kind: 'editable', comment, expiresAt: verified.expiresAt }
}

/** The private edit page: what the token opens now, and the site's time zone to say until when. */
export async function loadCommentEditPage(token: string): Promise<{ check: CommentEditCheck; timeZone: string }> {
  const [check, settings] = await Promise.all([checkCommentEditToken(token, Date.now()), getSettings()])
  return { check, timeZone: settings.timeZone }
}
