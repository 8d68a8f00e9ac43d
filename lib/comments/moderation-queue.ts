import { z } from 'zod'
import type { CommentStatus } from './status'

// What the author can do to a comment in the moderation queues, and where each operation takes it.
// Spam and trash remember the status the comment had, so "Not spam" and "Restore" put it back there
// (as WordPress does); a comment with no remembered status goes back to Pending, never straight up.

export const moderationOperations = ['approve', 'unapprove', 'spam', 'not-spam', 'trash', 'restore', 'delete'] as const
export type ModerationOperation = (typeof moderationOperations)[number]

export const queueStatuses = ['pending', 'approved', 'spam', 'trash'] as const satisfies readonly CommentStatus[]

export type StatusChange = { status: CommentStatus; statusBeforeTrash: CommentStatus | null } | { delete: true }

const allowedFrom: Record<ModerationOperation, readonly CommentStatus[]> = {
  approve: ['pending'],
  unapprove: ['approved'],
  spam: ['pending', 'approved'],
  'not-spam': ['spam'],
  trash: ['pending', 'approved', 'spam'],
  restore: ['trash'],
  // Deleting for good is only offered once a comment is out of sight, in Spam or Trash.
  delete: ['spam', 'trash'],
}

/** The change an operation makes to a comment, or null when it does not apply to a comment in that state. */
export function planStatusChange(
  comment: { status: CommentStatus; statusBeforeTrash: CommentStatus | null },
  operation: ModerationOperation,
): StatusChange | null {
  if (!allowedFrom[operation].includes(comment.status)) return null
  switch (operation) {
    case 'approve':
      return { status: 'approved', statusBeforeTrash: null }
    case 'unapprove':
      return { status: 'pending', statusBeforeTrash: null }
    case 'spam':
    case 'trash':
      return { status: operation, statusBeforeTrash: comment.status }
    case 'not-spam':
    case 'restore': {
      const previous = comment.statusBeforeTrash
      const status = previous === 'approved' || previous === 'pending' || (previous === 'spam' && operation === 'restore') ? previous : 'pending'
      return { status, statusBeforeTrash: null }
    }
    case 'delete':
      return { delete: true }
  }
}

/** The operations offered on a comment in a given queue, in the order the buttons appear. */
export function operationsFor(status: CommentStatus): ModerationOperation[] {
  return moderationOperations.filter((operation) => allowedFrom[operation].includes(status))
}

export const operationLabels: Record<ModerationOperation, { button: string; done: (n: number) => string }> = {
  approve: { button: 'Approve', done: (n) => `${countText(n)} approved.` },
  unapprove: { button: 'Unapprove', done: (n) => `${countText(n)} moved back to Pending.` },
  spam: { button: 'Spam', done: (n) => `${countText(n)} marked as spam.` },
  'not-spam': { button: 'Not spam', done: (n) => `${countText(n)} restored from Spam.` },
  trash: { button: 'Trash', done: (n) => `${countText(n)} moved to the Trash.` },
  restore: { button: 'Restore', done: (n) => `${countText(n)} restored from the Trash.` },
  delete: { button: 'Delete permanently', done: (n) => `${countText(n)} deleted permanently.` },
}

function countText(n: number): string {
  return n === 1 ? '1 comment' : `${n} comments`
}

/** The message after a single or bulk operation, including what was left as it was. */
export function moderationSummary(operation: ModerationOperation, changed: number, skipped: number): string {
  if (changed === 0) return 'Nothing changed: the selected comments are not in a state this action applies to.'
  const done = operationLabels[operation].done(changed)
  return skipped > 0 ? `${done} ${countText(skipped)} left as ${skipped === 1 ? 'it was' : 'they were'}.` : done
}

const DIGITS = /^\d{1,15}$/
const idList = z
  .array(z.string().regex(DIGITS).transform(Number))
  .min(1, 'Please select at least one comment.')
  .max(500, 'Please select at most 500 comments at a time.')

/** A single-row or bulk moderation form: the operation and the selected comment ids. */
export const moderationInput = z.object({
  operation: z.enum(moderationOperations, { error: 'Please choose an action.' }),
  ids: idList,
  returnTo: z.string().optional(),
})

export function readModerationForm(form: FormData) {
  const operation = form.get('operation')
  return {
    operation: operation === '' || operation === null ? undefined : operation,
    ids: form.getAll('ids').filter((value) => typeof value === 'string'),
    returnTo: form.get('returnTo') ?? undefined,
  }
}

/**
 * Where to go after an action: back to the queue the author was on, never anywhere else. A fragment
 * naming a comment (`#comment-12`, the card that moves into the acted-on one's place) is kept, so the
 * page comes back at the same place; any other fragment is dropped.
 */
export function safeReturnPath(returnTo: unknown, fallback = '/admin/comments'): string {
  if (typeof returnTo !== 'string') return fallback
  const [path = '', fragment] = returnTo.split('#', 2)
  if (!/^\/admin\/comments(?:[/?]|$)/.test(path) || path.includes('//') || path.includes('\\')) return fallback
  return fragment !== undefined && /^comment-\d{1,15}$/.test(fragment) ? `${path}#${fragment}` : path
}

/**
 * The outcome of an action, carried in the queue URL after the redirect as numbers and an operation
 * name, never as text: a crafted link cannot make the editor show a message of someone else's choosing.
 */
export function withOutcome(path: string, outcome: { operation: ModerationOperation | 'reply' | 'edit'; changed: number; skipped: number }): string {
  const [address = '', fragment] = path.split('#', 2)
  const [pathname, search = ''] = address.split('?', 2) as [string, string?]
  const params = new URLSearchParams(search)
  for (const key of ['done', 'changed', 'skipped', 'replied', 'edited']) params.delete(key)
  params.set('done', outcome.operation)
  params.set('changed', String(outcome.changed))
  params.set('skipped', String(outcome.skipped))
  return `${pathname}?${params.toString()}${fragment ? `#${fragment}` : ''}`
}

/** The status line for a queue URL's outcome parameters, or null. */
export function outcomeMessage(search: { done?: unknown; changed?: unknown; skipped?: unknown }): string | null {
  if (search.done === 'reply') return 'Your reply is published.'
  if (search.done === 'edit') return 'Comment saved.'
  const operation = moderationOperations.find((value) => value === search.done)
  const changed = Number(search.changed)
  const skipped = Number(search.skipped ?? 0)
  if (!operation || !Number.isSafeInteger(changed) || changed < 0 || !Number.isSafeInteger(skipped) || skipped < 0) return null
  return moderationSummary(operation, changed, skipped)
}
