const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
}

// Tags that separate words; any other tag (strong, a, …) sits inside a word's run of text.
const WORD_BREAKING_TAG =
  /<\/?(?:p|br|hr|h[1-6]|div|section|aside|article|header|footer|nav|blockquote|pre|figure|figcaption|img|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|th|td|caption)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi
const ANY_TAG = /<[a-z!/?](?:[^>"']|"[^"]*"|'[^']*')*>/gi
const DROPPED_ELEMENTS = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi

/** Decodes named entities in common use and every numeric entity; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      const isValid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)
      return isValid ? String.fromCodePoint(codePoint) : '\ufffd'
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity
  })
}

/**
 * The text of an html fragment: tags removed, entities decoded, whitespace collapsed.
 * The result is plain text, not html: escape it again wherever it goes back into markup.
 */
export function plainText(html: string): string {
  const withoutMarkup = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(DROPPED_ELEMENTS, ' ')
    .replace(WORD_BREAKING_TAG, ' ')
    .replace(ANY_TAG, '')
  return decodeEntities(withoutMarkup).replace(/\s+/g, ' ').trim()
}

/** The first `maxWords` words of the text, with "…" when anything was cut (WordPress cuts at 55). */
export function excerptFromHtml(html: string, maxWords = 55): string {
  return excerptOfText(plainText(html), maxWords)
}

/** The first `maxWords` words of plain text (a comment as typed), with "…" when anything was cut. */
export function excerptOfText(plain: string, maxWords = 55): string {
  const text = plain.replace(/\s+/g, ' ').trim()
  if (text === '' || maxWords < 1) return ''
  const words = text.split(' ')
  if (words.length <= maxWords) return text
  return `${words
    .slice(0, Math.floor(maxWords))
    .join(' ')
    .replace(/[\s,;:–—-]+$/, '')}…`
}
