import { escapeHtml } from '../escape'
import { emailDocument, greetingFor, oneLine, quoteHtml, shorten, webUrl } from './parts'

export type CommentEditLinkEmailInput = {
  siteTitle: string
  postTitle: string
  commentExcerpt: string
  editUrl: string
  // When the link stops working, already written for the reader ("3 March 2026, 14:05").
  expiresText: string
  recipientName: string
}

// The guest's private link to change or delete the comment they just posted (sent only when they
// asked for reply notifications, so an address that never asked for mail gets none).
export function commentEditLinkEmail(input: CommentEditLinkEmailInput): { subject: string; text: string; html: string } {
  const siteTitle = oneLine(input.siteTitle)
  const postTitle = oneLine(input.postTitle) || 'a post'
  const excerpt = shorten(input.commentExcerpt, 160)
  const editUrl = webUrl(input.editUrl)
  const expiresText = oneLine(input.expiresText)

  const subject = `Your comment on ${postTitle}`
  const greeting = greetingFor(input.recipientName)
  const text = [
    greeting,
    '',
    `Thank you for your comment on “${postTitle}”:`,
    '',
    `  ${excerpt}`,
    '',
    `If you want to change or delete it, use this private link until ${expiresText}:`,
    editUrl,
    '',
    'Please keep the link to yourself: anyone who has it can change your comment.',
    '',
    `— ${siteTitle}`,
    '',
  ].join('\n')

  const e = escapeHtml
  const html = emailDocument(
    subject,
    `<p>${e(greeting)}</p>
<p>Thank you for your comment on “${e(postTitle)}”:</p>
${quoteHtml(e(excerpt))}
<p>If you want to change or delete it, <a href="${e(editUrl)}" style="color:#1d4f91">use this private link</a> until ${e(expiresText)}.</p>
<p style="font-size:16px">Please keep the link to yourself: anyone who has it can change your comment.</p>
<p>— ${e(siteTitle)}</p>`,
  )
  return { subject, text, html }
}
