import { escapeHtml } from '../escape'
import { oneLine, shorten, webUrl } from './parts'

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
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(subject)}</title></head>
<body style="margin:0;padding:24px;background:#fbf8f3;color:#2b2b2b;font-family:Verdana,Arial,sans-serif;font-size:18px;line-height:1.6">
<div style="max-width:36em;margin:0 auto">
<p>A new comment on “${e(postTitle)}” is waiting for your approval.</p>
<p>${details.map(([label, value]) => `${e(label)}: ${e(value)}`).join('<br>')}</p>
<blockquote style="margin:16px 0;padding:8px 16px;border-left:4px solid #b9a98f;background:#ffffff;white-space:pre-wrap">${e(excerpt)}</blockquote>
<p><a href="${e(reviewUrl)}" style="color:#1d4f91">Approve, mark as spam or reply</a></p>
<p style="font-size:16px">${e(waiting)} waiting for approval. <a href="${e(queueUrl)}" style="color:#1d4f91">Open the Pending queue</a></p>
</div>
</body>
</html>
`
  return { subject, text, html }
}
