// Turns whatever a reader typed into the search box into a safe SQLite FTS5 MATCH expression
// (docs/decisions/0011-search-index.md). Every term goes out as an FTS5 string ("..."), so nothing
// the reader types is FTS syntax: AND/OR/NOT/NEAR are words, ^ : ( ) - * + are separators. What the
// reader gets on purpose: "a phrase" in double quotes, and a trailing * for a prefix (spoon* finds
// spoons). Terms are ANDed. No letters or digits at all (empty, only punctuation or emoji): null.

export const maxQueryLength = 200
export const maxTerms = 12

// Letters, marks and digits: the characters FTS5's unicode61 tokenizer keeps inside a token.
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu

type Part = { words: string[]; isPhrase: boolean; isPrefix: boolean }

function wordsOf(text: string): string[] {
  return text.match(WORD_RUN) ?? []
}

function splitParts(input: string): Part[] {
  const parts: Part[] = []
  let rest = input
  while (rest.length > 0) {
    const quote = rest.indexOf('"')
    const outside = quote === -1 ? rest : rest.slice(0, quote)
    for (const chunk of outside.split(/\s+/)) {
      const words = wordsOf(chunk)
      if (words.length > 0) parts.push({ words, isPhrase: words.length > 1, isPrefix: /[\p{L}\p{M}\p{N}]\*+$/u.test(chunk) })
    }
    if (quote === -1) break
    // An unbalanced quote runs to the end of the input.
    const closing = rest.indexOf('"', quote + 1)
    const inside = closing === -1 ? rest.slice(quote + 1) : rest.slice(quote + 1, closing)
    const words = wordsOf(inside)
    if (words.length > 0) parts.push({ words, isPhrase: true, isPrefix: false })
    rest = closing === -1 ? '' : rest.slice(closing + 1)
  }
  return parts
}

/** The query as typed, cut to `maxQueryLength` characters (whole code points) and trimmed. */
export function normalizeSearchInput(input: unknown): string {
  const text = typeof input === 'string' ? input : Array.isArray(input) && typeof input[0] === 'string' ? input[0] : ''
  return Array.from(text.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' '))
    .slice(0, maxQueryLength)
    .join('')
    .trim()
}

/** The FTS5 MATCH expression for a reader's query, or null when it has nothing to search for. */
export function buildMatchExpression(input: unknown): string | null {
  const seen = new Set<string>()
  const terms: string[] = []
  for (const part of splitParts(normalizeSearchInput(input))) {
    const term = `"${part.words.join(' ')}"${part.isPrefix ? '*' : ''}`
    const key = term.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    terms.push(term)
    if (terms.length === maxTerms) break
  }
  return terms.length > 0 ? terms.join(' ') : null
}
