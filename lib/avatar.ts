import { createHash } from 'node:crypto'

// Background and foreground pairs; each foreground reaches at least 4.5:1 on its background.
type Colours = { background: string; foreground: string }
const TEAL: Colours = { background: '#e0f2f1', foreground: '#00695c' }
const PALETTE: readonly Colours[] = [
  TEAL,
  { background: '#ede7f6', foreground: '#4527a0' },
  { background: '#fff3e0', foreground: '#9a3d00' },
  { background: '#e3f2fd', foreground: '#0d47a1' },
  { background: '#fce4ec', foreground: '#ad1457' },
  { background: '#f1f8e9', foreground: '#33691e' },
  { background: '#efebe9', foreground: '#4e342e' },
  { background: '#eceff1', foreground: '#37474f' },
]

const GRID = 5
const MAX_SIZE = 1024

/**
 * A GitHub-style identicon: a 5×5 grid mirrored left to right, drawn from the SHA-256 of the seed,
 * so every commenter gets a stable picture without a network call (no Gravatar).
 */
export function avatarSvg(seed: string, size = 48): string {
  const digest = createHash('sha256').update(seed, 'utf8').digest()
  const colours = PALETTE[(digest[0] ?? 0) % PALETTE.length] ?? TEAL
  const cells: string[] = []
  const mirroredColumns = Math.ceil(GRID / 2)
  for (let row = 0; row < GRID; row++) {
    for (let column = 0; column < mirroredColumns; column++) {
      const isFilled = ((digest[1 + row * mirroredColumns + column] ?? 0) & 1) === 1
      if (!isFilled) continue
      cells.push(`M${column},${row}h1v1h-1z`)
      const mirror = GRID - 1 - column
      if (mirror !== column) cells.push(`M${mirror},${row}h1v1h-1z`)
    }
  }
  // An empty grid would look like a missing image; fall back to the middle column.
  if (cells.length === 0) cells.push('M2,0h1v5h-1z')
  const pixels = Number.isFinite(size) ? Math.min(MAX_SIZE, Math.max(1, Math.round(size))) : 48
  return (
    `<svg xmlns='http://www.w3.org/2000/svg' width='${pixels}' height='${pixels}' viewBox='-.5 -.5 6 6' shape-rendering='crispEdges'>` +
    `<rect x='-.5' y='-.5' width='6' height='6' fill='${colours.background}'/>` +
    `<path fill='${colours.foreground}' d='${cells.join('')}'/></svg>`
  )
}

function percentEncode(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
}

/** The avatar as a data: URI for <img src>, encoding only what a URL needs (shorter than base64). */
export function avatarDataUri(seed: string, size = 48): string {
  return `data:image/svg+xml;utf8,${avatarSvg(seed, size).replace(/[%#<>'"\s]/g, percentEncode)}`
}
