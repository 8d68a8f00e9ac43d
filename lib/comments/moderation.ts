import type { SiteSettings } from '@/lib/settings'

export type ModerationContext = {
  settings: Pick<SiteSettings, 'commentModerationFirst' | 'commentLinkLimit' | 'commentBlockList' | 'commentFloodSeconds' | 'commentMinFillSeconds'>
  /** ms */
  now: number
  /** The blog's author, logged in: always approved. */
  isPostAuthor: boolean
  /** An approved guest comment with this same name and email exists (a returning commenter). */
  hasApprovedCommentFromNameAndEmail: boolean
  /** The name or email is an author's: a guest borrowing it is always held. */
  claimsAuthorIdentity: boolean
  /** ms of the newest comment from this IP, on any post. */
  lastCommentFromIpAt: number | null
  /** Same post, same email (or same name), same body already stored. */
  isDuplicate: boolean
  isHoneypotFilled: boolean
  /** When the form was rendered (ms), null if unknown. */
  startedAt: number | null
}

// "Please moderate" emails: at most this many per author in this window (lib/email/notifications.ts).
export const moderationEmailLimits = { windowMs: 60 * 60 * 1000, perWindow: 5 } as const

export type RefusalReason = 'flood' | 'duplicate' | 'too-fast' | 'honeypot'

export type ModerationVerdict =
  | { kind: 'approved'; reason: string }
  | { kind: 'pending'; reason: string }
  | { kind: 'spam'; reason: string }
  | { kind: 'refused'; reason: RefusalReason; message: string }

export type ModeratedComment = { author: string; email: string; url: string; comment: string }

const refusalMessages: Record<RefusalReason, string> = {
  // A person can fill the hidden field by accident (autofill), so the message does not accuse.
  honeypot: 'Sorry, your comment could not be posted. Please try again.',
  'too-fast': 'That was quick! Please take a moment and post again.',
  flood: 'You are posting comments too quickly. Please wait a few seconds and try again.',
  duplicate: 'It looks like you’ve already said that.',
}

// The same candidates lib/comments/render-body.tsx turns into links, so the count matches what
// readers would see. WordPress counts <a href> tags; our bodies are plain text, auto-linked.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi

function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase()
}

// Like WordPress's disallowed keys: one word or phrase a line, case-insensitive, matched anywhere in
// any field (so "press" catches "WordPress").
function isBlocked(comment: ModeratedComment, blockList: string): boolean {
  const fields = [comment.author, comment.email, comment.url, comment.comment].map(fold)
  const words = blockList.split(/\r\n|\r|\n/).map((line) => fold(line.trim()))
  return words.some((word) => word !== '' && fields.some((field) => field.includes(word)))
}

function refuse(reason: RefusalReason): ModerationVerdict {
  return { kind: 'refused', reason, message: refusalMessages[reason] }
}

/**
 * Decides what happens to a new comment, in WordPress's order: the post author is trusted; bot checks
 * (honeypot, fill time, flood, duplicate) refuse so the form comes back with the text; the block list
 * marks spam; a guest using an author's name or email, too many links, or a first comment from an
 * unknown name-and-email pair wait for approval.
 * Settings of 0 turn the fill-time and flood checks off.
 */
export function decideModeration(comment: ModeratedComment, context: ModerationContext): ModerationVerdict {
  const { settings, now } = context
  if (context.isPostAuthor) return { kind: 'approved', reason: 'post author' }
  if (context.isHoneypotFilled) return refuse('honeypot')
  // A start time in the future was forged or the clock moved; either way it is not a person's pace.
  if (settings.commentMinFillSeconds > 0 && context.startedAt !== null && now - context.startedAt < settings.commentMinFillSeconds * 1000) {
    return refuse('too-fast')
  }
  if (settings.commentFloodSeconds > 0 && context.lastCommentFromIpAt !== null && now - context.lastCommentFromIpAt < settings.commentFloodSeconds * 1000) {
    return refuse('flood')
  }
  if (context.isDuplicate) return refuse('duplicate')
  if (isBlocked(comment, settings.commentBlockList)) return { kind: 'spam', reason: 'block list' }
  if (context.claimsAuthorIdentity) return { kind: 'pending', reason: 'an author name or email' }
  if (countLinks(comment.comment) > settings.commentLinkLimit) return { kind: 'pending', reason: 'too many links' }
  if (settings.commentModerationFirst && !context.hasApprovedCommentFromNameAndEmail) {
    return { kind: 'pending', reason: 'first comment from this name and email' }
  }
  return { kind: 'approved', reason: settings.commentModerationFirst ? 'trusted commenter' : 'moderation off' }
}

export type EditableStatus = 'approved' | 'pending' | 'spam'
export type EditContext = Omit<ModerationContext, 'lastCommentFromIpAt' | 'isDuplicate' | 'isHoneypotFilled' | 'startedAt' | 'isPostAuthor'>

const strictness: Record<EditableStatus, number> = { approved: 0, pending: 1, spam: 2 }

/**
 * A guest's edit of their own comment (docs/decisions/0020-gentle-comment-tools.md) goes through the
 * same content rules as a new comment (block list, links, an author identity, first comment), and
 * the result is never milder than where the comment already is: an edit cannot approve a held
 * comment or take one out of Spam. The bot checks (fill time, flood, duplicate, honeypot) are about
 * posting, not about changing one's own words, so they do not apply.
 */
export function decideEditStatus(comment: ModeratedComment, current: EditableStatus, context: EditContext): { status: EditableStatus; reason: string } {
  const verdict = decideModeration(comment, {
    ...context,
    isPostAuthor: false,
    lastCommentFromIpAt: null,
    isDuplicate: false,
    isHoneypotFilled: false,
    startedAt: null,
  })
  // decideModeration refuses only for the bot checks switched off above.
  const decided: EditableStatus = verdict.kind === 'refused' ? 'pending' : verdict.kind
  if (strictness[decided] >= strictness[current]) return { status: decided, reason: verdict.reason }
  return { status: current, reason: `was ${current} before the edit` }
}
