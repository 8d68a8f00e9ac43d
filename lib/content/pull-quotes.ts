import { plainText } from './excerpt'

// Room for the link X appends (23 characters) within its 280-character limit.
const MAX_SHARED_QUOTE_LENGTH = 250

const BLOCKQUOTE_TAG = /<(\/?)blockquote\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function isPullQuote(attributes: string): boolean {
  const classMatch = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes)
  const classes = classMatch?.[1] ?? classMatch?.[2] ?? ''
  return classes.split(/\s+/).includes('pull-quote')
}

function shortenForSharing(quote: string): string {
  if (quote.length <= MAX_SHARED_QUOTE_LENGTH) return quote
  const cut = quote.slice(0, MAX_SHARED_QUOTE_LENGTH - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : cut}…`
}

function shareLink(quote: string, postUrl: string): string {
  const intent = `https://x.com/intent/post?text=${encodeURIComponent(shortenForSharing(quote))}&url=${encodeURIComponent(postUrl)}`
  return `<a class="share-on-x" href="${escapeAttribute(intent)}" rel="noopener noreferrer">Share on X</a>`
}

/**
 * Adds a "Share on X" link inside every `<blockquote class="pull-quote">` of sanitized html.
 * Blockquotes are matched by nesting depth, so quotes inside a pull quote do not end it early.
 */
export function addShareLinks(html: string, postUrl: string): string {
  const open: { isPullQuote: boolean; contentStart: number }[] = []
  const insertions: { at: number; link: string }[] = []
  for (const match of html.matchAll(BLOCKQUOTE_TAG)) {
    const isClosing = match[1] === '/'
    if (!isClosing) {
      open.push({ isPullQuote: isPullQuote(match[2] ?? ''), contentStart: match.index + match[0].length })
      continue
    }
    const quote = open.pop()
    if (!quote?.isPullQuote) continue
    const text = plainText(html.slice(quote.contentStart, match.index))
    if (text !== '') insertions.push({ at: match.index, link: shareLink(text, postUrl) })
  }
  if (insertions.length === 0) return html

  insertions.sort((a, b) => a.at - b.at)
  let result = ''
  let copiedUpTo = 0
  for (const { at, link } of insertions) {
    result += html.slice(copiedUpTo, at) + link
    copiedUpTo = at
  }
  return result + html.slice(copiedUpTo)
}
