import { Fragment, type ReactNode } from 'react'

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

function linkify(line: string, keyPrefix: string): ReactNode[] {
  const parts: ReactNode[] = []
  let textStart = 0
  for (const match of line.matchAll(URL_CANDIDATE)) {
    const text = trimUrl(match[0])
    const href = hrefFor(text)
    if (!href) continue
    if (match.index > textStart) parts.push(line.slice(textStart, match.index))
    parts.push(
      <a key={`${keyPrefix}-${match.index}`} href={href} rel="nofollow ugc noopener">
        {text}
      </a>,
    )
    textStart = match.index + text.length
  }
  if (textStart < line.length) parts.push(line.slice(textStart))
  return parts
}

/**
 * Comment bodies are plain text: blank lines separate paragraphs, single newlines become line
 * breaks, http(s) and www. addresses become nofollow links. Everything else is text, escaped by
 * React, so no comment can carry markup.
 */
export function renderCommentBody(body: string): ReactNode {
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
  return paragraphs.map((paragraph, paragraphIndex) => (
    <p key={paragraphIndex}>
      {paragraph.split('\n').map((line, lineIndex) => (
        <Fragment key={lineIndex}>
          {lineIndex > 0 && <br />}
          {linkify(line, `${paragraphIndex}-${lineIndex}`)}
        </Fragment>
      ))}
    </p>
  ))
}
