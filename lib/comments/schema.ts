import { z } from 'zod'
import { fieldLimits } from '@/lib/field-limits'

const commentFieldMaxLength = fieldLimits.comment

export const commentMessages = {
  comment: 'Please write a comment.',
  commentTooLong: `Please shorten your comment to ${commentFieldMaxLength.comment.toLocaleString('en-US')} characters or fewer.`,
  author: 'Please enter your name.',
  authorTooLong: `Please shorten your name to ${commentFieldMaxLength.author} characters or fewer.`,
  email: 'Please enter a valid email address; it is never published.',
  url: 'Please enter a web address starting with http:// or https://',
  urlTooLong: `Please shorten the web address to ${commentFieldMaxLength.url} characters or fewer.`,
  // Hidden fields a person never edits: a kind, general message, and the text is kept by the action.
  postId: 'Sorry, this post could not be found. Please reload the page and try again.',
  parentId: 'Sorry, the comment you are replying to could not be found.',
  startedAt: 'Sorry, your comment could not be posted. Please try again.',
} as const

// \p{Cc} is C0, DEL and C1. Textareas submit CRLF, so line breaks are made \n before stripping.
const CONTROL_EXCEPT_TAB_AND_NEWLINE = /(?![\t\n])\p{Cc}/gu
const CONTROL = /\p{Cc}/gu
const DIGITS = /^\d+$/

function cleanBody(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL_EXCEPT_TAB_AND_NEWLINE, '')
}

function cleanLine(value: string): string {
  return value.replace(CONTROL, '')
}

/** A website as typed, with https:// put in front of a bare "example.com" or "//example.com". */
function withScheme(value: string): string {
  if (value === '') return ''
  if (value.startsWith('//')) return `https:${value}`
  // "example.com:8080/x" and "localhost:3000" look like a scheme followed by a port.
  const isHostAndPort = /^(?:localhost|[^/:?#]*\.[^/:?#]*):\d+(?:[/?#]|$)/i.test(value)
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(value) && !isHostAndPort
  return hasScheme ? value : `https://${value}`
}

// Checked on our own rather than with z.url(): plain z.url() accepts javascript:, and "https:example.com"
// (no slashes) is refused because browsers and people read it differently.
function isWebAddress(value: string): boolean {
  if (value === '') return true
  if (!/^https?:\/\//i.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** A database id from a form field: digits only ("0x10", "1e3", "1.0" are refused). */
function toId(value: unknown): unknown {
  if (typeof value === 'string' && DIGITS.test(value.trim())) return Number(value.trim())
  return value
}

function idSchema(message: string) {
  return z.number({ error: message }).int(message).min(1, message).max(Number.MAX_SAFE_INTEGER, message)
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

function checkbox(value: unknown): boolean {
  return value === 'on'
}

const commentFields = z.object({
  postId: z.preprocess(toId, idSchema(commentMessages.postId)),
  parentId: z.preprocess((value) => (isBlank(value) ? null : toId(value)), idSchema(commentMessages.parentId).nullable()),
  comment: z
    .string({ error: commentMessages.comment })
    .overwrite(cleanBody)
    .normalize('NFC')
    .trim()
    .min(1, commentMessages.comment)
    .max(commentFieldMaxLength.comment, commentMessages.commentTooLong),
  author: z
    .string({ error: commentMessages.author })
    .overwrite(cleanLine)
    .normalize('NFC')
    .trim()
    .min(1, commentMessages.author)
    .max(commentFieldMaxLength.author, commentMessages.authorTooLong),
  email: z
    .string({ error: commentMessages.email })
    .overwrite(cleanLine)
    .trim()
    .toLowerCase()
    .min(1, commentMessages.email)
    .max(commentFieldMaxLength.email, commentMessages.email)
    .pipe(z.email({ error: commentMessages.email })),
  url: z
    .string({ error: commentMessages.url })
    .optional()
    .transform((value) => withScheme(cleanLine(value ?? '').trim()))
    .pipe(z.string().max(commentFieldMaxLength.url, commentMessages.urlTooLong).refine(isWebAddress, commentMessages.url)),
  saveDetails: z.preprocess(checkbox, z.boolean()),
  notifyReplies: z.preprocess(checkbox, z.boolean()),
  // The server-signed fill-time stamp (lib/comments/fill-stamp.ts), checked by the action: a missing
  // or forged one is refused there.
  startedAt: z.preprocess(
    (value) => (isBlank(value) ? null : value),
    z.string({ error: commentMessages.startedAt }).max(100, commentMessages.startedAt).nullable(),
  ),
  // The honeypot: hidden from people, so anything in it means a bot (or an over-eager autofill).
  website_confirm: z.preprocess((value) => value !== undefined && value !== null && value !== '', z.boolean()),
})

/**
 * The comment form, parsed from `Object.fromEntries(formData)`. Unknown fields are dropped. A filled
 * honeypot does not fail parsing: it comes out as `isHoneypotFilled` for `decideModeration`, so a bot
 * is refused the same way however good the rest of its post is.
 */
export const commentInput = commentFields.transform(({ website_confirm: isHoneypotFilled, ...fields }) => ({
  ...fields,
  isHoneypotFilled,
}))

export type CommentInput = z.output<typeof commentInput>

/** A form that carries only a signed token from a link (stop or pause notifications, delete a comment). */
export const signedLinkInput = z.object({ token: z.string().trim().min(1).max(500) })

/** The stop-notifications form: only the signed token from the email link. */
export const stopNotificationsInput = signedLinkInput

/** A guest's edit of their own comment through the private link: the token and the new text. */
export const guestCommentEditInput = signedLinkInput.extend({ comment: commentFields.shape.comment })

/** The author's edit of a comment in the editor: the same field rules as the public form. */
export const commentEditInput = commentFields.pick({ comment: true, author: true, email: true, url: true }).extend({
  id: z.preprocess(toId, idSchema('Sorry, this comment could not be found. Please reload the list.')),
})

/** The author's reply from the moderation queue. */
export const authorReplyInput = z.object({
  parentId: z.preprocess(toId, idSchema(commentMessages.parentId)),
  comment: commentFields.shape.comment,
})
