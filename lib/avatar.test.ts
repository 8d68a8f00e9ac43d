import { describe, expect, it } from 'vitest'
import { avatarDataUri, avatarSvg } from './avatar'

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
  const [red = 0, green = 0, blue = 0] = channels.map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4))
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function colours(svg: string): { background: string; foreground: string } {
  const background = /<rect[^>]*fill='(#[0-9a-f]{6})'/.exec(svg)?.[1] ?? ''
  const foreground = /<path fill='(#[0-9a-f]{6})'/.exec(svg)?.[1] ?? ''
  return { background, foreground }
}

function filledCells(svg: string): Set<string> {
  const d = /d='([^']*)'/.exec(svg)?.[1] ?? ''
  const cells = new Set<string>()
  for (const match of d.matchAll(/M(\d),(\d)h1v(\d)h-1z/g)) {
    const [, column, row, height] = match
    for (let offset = 0; offset < Number(height); offset++) cells.add(`${column},${Number(row) + offset}`)
  }
  return cells
}

const seeds = Array.from({ length: 200 }, (_, index) => `reader-${index}@example.com`)

describe('avatarSvg', () => {
  it('is deterministic', () => {
    expect(avatarSvg('alice@example.com')).toBe(avatarSvg('alice@example.com'))
  })

  it('differs between seeds', () => {
    expect(avatarSvg('alice@example.com')).not.toBe(avatarSvg('bob@example.com'))
    expect(new Set(seeds.map((seed) => avatarSvg(seed))).size).toBeGreaterThan(195)
  })

  it('has size, viewBox, a background and a foreground', () => {
    const svg = avatarSvg('alice@example.com')
    expect(svg).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' width='48' height='48' viewBox='[^']+'/)
    expect(svg.endsWith('</svg>')).toBe(true)
    const { background, foreground } = colours(svg)
    expect(background).toMatch(/^#[0-9a-f]{6}$/)
    expect(foreground).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('honours the size and keeps it sane', () => {
    expect(avatarSvg('a', 96)).toContain("width='96' height='96'")
    expect(avatarSvg('a', 0)).toContain("width='1' height='1'")
    expect(avatarSvg('a', 1e9)).toContain("width='1024' height='1024'")
    expect(avatarSvg('a', Number.NaN)).toContain("width='48' height='48'")
  })

  it('draws a left-right symmetric pattern on a 5×5 grid, never empty', () => {
    for (const seed of seeds) {
      const cells = filledCells(avatarSvg(seed))
      expect(cells.size).toBeGreaterThan(0)
      for (const cell of cells) {
        const [column = 0, row = 0] = cell.split(',').map(Number)
        expect(column).toBeLessThan(5)
        expect(row).toBeLessThan(5)
        expect(cells.has(`${4 - column},${row}`)).toBe(true)
      }
    }
  })

  it('uses colour pairs with at least 4.5:1 contrast, and several of them', () => {
    const used = new Set<string>()
    for (const seed of seeds) {
      const { background, foreground } = colours(avatarSvg(seed))
      expect(contrast(background, foreground)).toBeGreaterThanOrEqual(4.5)
      used.add(foreground)
    }
    expect(used.size).toBeGreaterThanOrEqual(6)
  })

  it('keeps hostile seeds out of the markup', () => {
    const svg = avatarSvg('"><script>alert(1)</script>')
    expect(svg).not.toContain('script')
  })
})

describe('avatarDataUri', () => {
  it('is an svg data URI that decodes back to the svg', () => {
    const uri = avatarDataUri('alice@example.com', 32)
    expect(uri.startsWith('data:image/svg+xml;utf8,')).toBe(true)
    expect(decodeURIComponent(uri.slice('data:image/svg+xml;utf8,'.length))).toBe(avatarSvg('alice@example.com', 32))
  })

  it('leaves no character that needs escaping in a URL or attribute', () => {
    expect(avatarDataUri('alice@example.com')).not.toMatch(/[\s"'<>#]/)
  })

  it('stays small enough for 200 comments on one page', () => {
    for (const seed of seeds) expect(avatarDataUri(seed).length).toBeLessThan(700)
  })
})
