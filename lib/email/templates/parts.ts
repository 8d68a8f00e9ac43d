import { escapeHtml } from '../escape'

// Pieces every email template uses. Emails are built as strings, so these are the only ways text
// and links get into them (with escapeHtml from ../escape for the html part).

/** One line of display text: names and titles never carry line breaks or control characters into a subject or a layout. */
export function oneLine(text: string): string {
  return text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The first `length` characters on one line, cut at a word where one is near, with "…" when anything was cut. */
export function shorten(text: string, length = 300): string {
  const flat = oneLine(text)
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > length * 0.7 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** Links are built by the app, but a javascript: or data: URL must never become an href. */
export function webUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new Error('Email links must be http(s) URLs')
  }
  return parsed.href
}

/**
 * The html document around an email's body: large, calm type on a warm background, one column.
 * `bodyHtml` must already be built with escapeHtml; only the subject is escaped here.
 */
export function emailDocument(subject: string, bodyHtml: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#fbf8f3;color:#2b2b2b;font-family:Verdana,Arial,sans-serif;font-size:18px;line-height:1.6">
<div style="max-width:36em;margin:0 auto">
${bodyHtml}
</div>
</body>
</html>
`
}

/** "Hi Ada," or "Hi," when no name was given. */
export function greetingFor(name: string): string {
  const flat = oneLine(name)
  return flat ? `Hi ${flat},` : 'Hi,'
}

/** A quoted comment in an email's html; `escapedText` must already be built with escapeHtml. */
export function quoteHtml(escapedText: string): string {
  return `<blockquote style="margin:16px 0;padding:8px 16px;border-left:4px solid #b9a98f;background:#ffffff">${escapedText}</blockquote>`
}
