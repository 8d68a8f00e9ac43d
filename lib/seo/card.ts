// Text for the generated share card (app/og/[id]/route.tsx). The card is drawn with the font bundled
// in next/og; a character that font lacks (emoji, most non-Latin scripts) would make it fetch a font
// or emoji image from the network, which this machine must never do. So only characters the font
// has are kept, and long titles are cut on a word.
const DRAWABLE = /[^\u0020-\u007e\u00a0-\u017f\u2010-\u2027\u2030-\u203a]/gu

export function cardText(text: string, maxLength = 120): string {
  const drawable = text.normalize('NFC').replace(DRAWABLE, '').replace(/\s+/g, ' ').trim()
  if (drawable.length <= maxLength) return drawable
  const cut = drawable.slice(0, maxLength - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
