import 'server-only'
import { isAuthorIdentity } from '@/db/queries/authors'
import { getLastCommentTimeFromIp, hasApprovedGuestComment, isDuplicateComment } from '@/db/queries/comments'
import type { EditContext, ModerationContext } from '@/lib/comments/moderation'

export type ModerationContextInput = { postId: number; author: string; email: string; comment: string; isHoneypotFilled: boolean; startedAt: number | null }

// Everything decideModeration needs to know about a guest's comment, read in one place. A guest
// comment is never the post author's (authors reply from the editor), whatever name or email it carries.
export async function loadModerationContext(
  input: ModerationContextInput,
  ip: string,
  settings: ModerationContext['settings'],
  now: number,
): Promise<ModerationContext> {
  const [isReturning, claimsAuthorIdentity, lastCommentFromIpAt, isDuplicate] = await Promise.all([
    hasApprovedGuestComment(input.author, input.email),
    isAuthorIdentity(input.author, input.email),
    getLastCommentTimeFromIp(ip),
    isDuplicateComment(input.postId, input.email, input.comment),
  ])
  return {
    settings,
    now,
    isPostAuthor: false,
    hasApprovedCommentFromNameAndEmail: isReturning,
    claimsAuthorIdentity,
    lastCommentFromIpAt,
    isDuplicate,
    isHoneypotFilled: input.isHoneypotFilled,
    startedAt: input.startedAt,
  }
}

// What decideEditStatus needs for a guest's edit of their own comment: only the content rules apply.
export async function loadEditModerationContext(author: string, email: string, settings: ModerationContext['settings'], now: number): Promise<EditContext> {
  const [isReturning, claimsAuthorIdentity] = await Promise.all([hasApprovedGuestComment(author, email), isAuthorIdentity(author, email)])
  return { settings, now, hasApprovedCommentFromNameAndEmail: isReturning, claimsAuthorIdentity }
}
