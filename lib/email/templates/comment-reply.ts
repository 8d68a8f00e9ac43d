import { escapeHtml } from '../escape'
import { emailDocument, greetingFor, oneLine, quoteHtml, shorten, webUrl } from './parts'

export type CommentReplyEmailInput = {
  siteTitle: string
  postTitle: string
  replyAuthor: string
  replyExcerpt: string
  replyUrl: string
  stopUrl: string
  // "I'm in a flare": pause these emails for two weeks instead of stopping them.
  pauseUrl: string
  recipientName: string
}

export function commentReplyEmail(input: CommentReplyEmailInput): { subject: string; text: string; html: string } {
  const siteTitle = oneLine(input.siteTitle)
  const postTitle = oneLine(input.postTitle) || 'a post'
  const replyAuthor = oneLine(input.replyAuthor) || 'Someone'
  const excerpt = shorten(input.replyExcerpt)
  const replyUrl = webUrl(input.replyUrl)
  const stopUrl = webUrl(input.stopUrl)
  const pauseUrl = webUrl(input.pauseUrl)

  const subject = `New reply to your comment on ${postTitle}`.replace(/[\r\n]+/g, ' ')
  const greeting = greetingFor(input.recipientName)

  const text = [
    greeting,
    '',
    `${replyAuthor} replied to your comment on “${postTitle}”:`,
    '',
    `  ${excerpt}`,
    '',
    `Read the whole reply: ${replyUrl}`,
    '',
    'You asked us to tell you about replies. Need a break? Pause these emails for two weeks:',
    pauseUrl,
    '',
    'To stop these emails, open this link. One click is all it takes:',
    stopUrl,
    '',
    `— ${siteTitle}`,
    '',
  ].join('\n')

  const e = escapeHtml
  const html = emailDocument(
    subject,
    `<p>${e(greeting)}</p>
<p><strong>${e(replyAuthor)}</strong> replied to your comment on “${e(postTitle)}”:</p>
${quoteHtml(e(excerpt))}
<p><a href="${e(replyUrl)}" style="color:#1d4f91">Read the whole reply</a></p>
<p style="font-size:16px">You asked us to tell you about replies. Need a break? <a href="${e(pauseUrl)}" style="color:#1d4f91">Pause these emails for two weeks</a>. Or <a href="${e(stopUrl)}" style="color:#1d4f91">stop these emails</a> — one click is all it takes.</p>
<p>— ${e(siteTitle)}</p>`,
  )
  return { subject, text, html }
}
