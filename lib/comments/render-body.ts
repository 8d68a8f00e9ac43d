// HTML escaping as React does it for text and attribute values, so this markup is byte-for-byte what
// the same text rendered through React would be.
const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPED[character] ?? character)
}

// Candidate URLs; trailing punctuation is trimmed afterwards. Starting at a word boundary keeps
// "xhttp://" and the middle of words out.
const URL_CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi
const TRAILING_PUNCTUATION = /[.,;:!?'"’”)\]}*]+$/

// Drops trailing punctuation, but keeps a closing bracket that balances one inside the URL
// (https://en.wikipedia.org/wiki/Spoon_(unit)).
function trimUrl(candidate: string): string {
  let url = candidate
  for (;;) {
    const trailing = TRAILING_PUNCTUATION.exec(url)
    if (!trailing) return url
    let keep = url.slice(0, trailing.index)
    for (const character of trailing[0]) {
      const opener = character === ')' ? '(' : character === ']' ? '[' : null
      if (opener && count(keep, opener) > count(keep, character)) keep += character
      else break
    }
    if (keep === url) return url
    url = keep
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1
}

function hrefFor(text: string): string | null {
  try {
    const url = new URL(/^www\./i.test(text) ? `https://${text}` : text)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null
    return url.href
  } catch {
    return null
  }
}

function linkify(line: string): string {
  let html = ''
  let textStart = 0
  for (const match of line.matchAll(URL_CANDIDATE)) {
    const text = trimUrl(match[0])
    const href = hrefFor(text)
    if (!href) continue
    if (match.index > textStart) html += escapeHtml(line.slice(textStart, match.index))
    html += `<a href="${escapeHtml(href)}" rel="nofollow ugc noopener">${escapeHtml(text)}</a>`
    textStart = match.index + text.length
  }
  if (textStart < line.length) html += escapeHtml(line.slice(textStart))
  return html
}

/**
 * Comment bodies are plain text: blank lines separate paragraphs, single newlines become line
 * breaks, http(s) and www. addresses become nofollow links. Everything else is escaped text, so no
 * comment can carry markup. An HTML string rather than React nodes: a thread renders hundreds of
 * bodies, and the browser never hydrates them (docs/decisions/0027-static-thread-and-checkpoints.md).
 */
export function commentBodyHtml(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(linkify).join('<br/>')}</p>`)
    .join('')
}
