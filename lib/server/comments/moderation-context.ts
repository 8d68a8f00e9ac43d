import 'server-only'
import { isAuthorIdentity } from '@/db/queries/authors'
import { getLastCommentTimeFromIp, hasApprovedGuestComment, isDuplicateComment } from '@/db/queries/comments'
import type { ModerationContext } from '@/lib/comments/moderation'

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
