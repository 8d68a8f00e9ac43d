import { escapeHtml } from '../escape'

export type CommentReplyEmailInput = {
  siteTitle: string
  postTitle: string
  replyAuthor: string
  replyExcerpt: string
  replyUrl: string
  stopUrl: string
  recipientName: string
}

const EXCERPT_LENGTH = 300

// One line of display text: names and titles never carry line breaks into a subject or a layout.
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

// The first ~300 characters, cut at a word where one is near, with "…" when anything was cut.
function shorten(text: string): string {
  const flat = oneLine(text)
  if (flat.length <= EXCERPT_LENGTH) return flat
  const cut = flat.slice(0, EXCERPT_LENGTH)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > EXCERPT_LENGTH * 0.7 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

// Links are built by the app, but a javascript: or data: URL must never become an href.
function webUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new Error('Email links must be http(s) URLs')
  }
  return parsed.href
}

export function commentReplyEmail(input: CommentReplyEmailInput): { subject: string; text: string; html: string } {
  const siteTitle = oneLine(input.siteTitle)
  const postTitle = oneLine(input.postTitle) || 'a post'
  const replyAuthor = oneLine(input.replyAuthor) || 'Someone'
  const recipientName = oneLine(input.recipientName)
  const excerpt = shorten(input.replyExcerpt)
  const replyUrl = webUrl(input.replyUrl)
  const stopUrl = webUrl(input.stopUrl)

  const subject = `New reply to your comment on ${postTitle}`.replace(/[\r\n]+/g, ' ')
  const greeting = recipientName ? `Hi ${recipientName},` : 'Hi,'

  const text = [
    greeting,
    '',
    `${replyAuthor} replied to your comment on “${postTitle}”:`,
    '',
    `  ${excerpt}`,
    '',
    `Read the whole reply: ${replyUrl}`,
    '',
    'You asked us to tell you about replies. To stop these emails, open this link. One click is all it takes:',
    stopUrl,
    '',
    `— ${siteTitle}`,
    '',
  ].join('\n')

  const e = escapeHtml
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(subject)}</title></head>
<body style="margin:0;padding:24px;background:#fbf8f3;color:#2b2b2b;font-family:Verdana,Arial,sans-serif;font-size:18px;line-height:1.6">
<div style="max-width:36em;margin:0 auto">
<p>${e(greeting)}</p>
<p><strong>${e(replyAuthor)}</strong> replied to your comment on “${e(postTitle)}”:</p>
<blockquote style="margin:16px 0;padding:8px 16px;border-left:4px solid #b9a98f;background:#ffffff">${e(excerpt)}</blockquote>
<p><a href="${e(replyUrl)}" style="color:#1d4f91">Read the whole reply</a></p>
<p style="font-size:16px">You asked us to tell you about replies. <a href="${e(stopUrl)}" style="color:#1d4f91">Stop these emails</a> — one click is all it takes.</p>
<p>— ${e(siteTitle)}</p>
</div>
</body>
</html>
`
  return { subject, text, html }
}
