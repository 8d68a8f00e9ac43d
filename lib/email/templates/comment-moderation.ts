import { escapeHtml } from '../escape'
import { emailDocument, oneLine, shorten, webUrl } from './parts'

export type CommentModerationEmailInput = {
  siteTitle: string
  postTitle: string
  commenterName: string
  commenterEmail: string
  commenterWebsite: string
  commenterIp: string
  comment: string
  /** The comment's edit screen in the editor (approve, spam, trash, reply). */
  reviewUrl: string
  /** The Pending queue. */
  queueUrl: string
  pendingCount: number
}

// WordPress's "Please moderate" email: the author learns a comment is waiting without visiting the
// editor. Everything but the labels is what a stranger typed, escaped here like every email.
export function commentModerationEmail(input: CommentModerationEmailInput): { subject: string; text: string; html: string } {
  const siteTitle = oneLine(input.siteTitle)
  const postTitle = oneLine(input.postTitle) || 'a post'
  const name = oneLine(input.commenterName) || 'Someone'
  const details = [
    ['Name', name],
    ['Email', oneLine(input.commenterEmail)],
    ['Website', oneLine(input.commenterWebsite)],
    ['IP address', oneLine(input.commenterIp)],
  ].filter(([, value]) => value !== '') as [string, string][]
  const excerpt = shorten(input.comment, 1000)
  const reviewUrl = webUrl(input.reviewUrl)
  const queueUrl = webUrl(input.queueUrl)
  const waiting = input.pendingCount === 1 ? '1 comment is' : `${input.pendingCount} comments are`

  const subject = `[${siteTitle}] Please moderate: “${postTitle}”`
  const text = [
    `A new comment on “${postTitle}” is waiting for your approval.`,
    '',
    ...details.map(([label, value]) => `${label}: ${value}`),
    '',
    'Comment:',
    excerpt,
    '',
    `Approve, mark as spam or reply: ${reviewUrl}`,
    '',
    `${waiting} waiting for approval: ${queueUrl}`,
    '',
  ].join('\n')

  const e = escapeHtml
  const html = emailDocument(
    subject,
    `<p>A new comment on “${e(postTitle)}” is waiting for your approval.</p>
<p>${details.map(([label, value]) => `${e(label)}: ${e(value)}`).join('<br>')}</p>
<blockquote style="margin:16px 0;padding:8px 16px;border-left:4px solid #b9a98f;background:#ffffff;white-space:pre-wrap">${e(excerpt)}</blockquote>
<p><a href="${e(reviewUrl)}" style="color:#1d4f91">Approve, mark as spam or reply</a></p>
<p style="font-size:16px">${e(waiting)} waiting for approval. <a href="${e(queueUrl)}" style="color:#1d4f91">Open the Pending queue</a></p>`,
  )
  return { subject, text, html }
}
