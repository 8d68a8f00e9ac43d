// Search snippets come from SQLite's snippet()/highlight() with two control characters around each
// match (db/queries/search.ts). They are split here into plain-text pieces, rendered by React as text
// with <mark> around the matches: the indexed text is never inserted as HTML.

export const matchStart = '\u0002'
export const matchEnd = '\u0003'

export type SnippetPiece = { text: string; isMatch: boolean }

export function splitSnippet(marked: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = []
  let isMatch = false
  let text = ''
  const flush = () => {
    if (text) {
      const last = pieces[pieces.length - 1]
      if (last && last.isMatch === isMatch) last.text += text
      else pieces.push({ text, isMatch })
    }
    text = ''
  }
  for (const character of marked) {
    if (character === matchStart || character === matchEnd) {
      flush()
      isMatch = character === matchStart
    } else {
      text += character
    }
  }
  flush()
  return pieces
}
