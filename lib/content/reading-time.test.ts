import { describe, expect, it } from 'vitest'
import { readingMinutes } from './reading-time'

const paragraphOf = (count: number) => `<p>${Array.from({ length: count }, () => 'word').join(' ')}</p>`

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1)
    expect(readingMinutes('<p>Hi</p>')).toBe(1)
  })

  it('rounds up at 200 words a minute', () => {
    expect(readingMinutes(paragraphOf(200))).toBe(1)
    expect(readingMinutes(paragraphOf(201))).toBe(2)
    expect(readingMinutes(paragraphOf(1000))).toBe(5)
  })

  it('honours a custom pace', () => {
    expect(readingMinutes(paragraphOf(300), 100)).toBe(3)
  })

  it('counts words, not tags or attributes', () => {
    const html = `<figure class="wp-caption"><img src="/a.png" alt="${'alt '.repeat(500)}"></figure>${paragraphOf(10)}`
    expect(readingMinutes(html, 10)).toBe(1)
  })

  it('falls back to 200 a minute for a nonsensical pace', () => {
    expect(readingMinutes(paragraphOf(400), 0)).toBe(2)
    expect(readingMinutes(paragraphOf(400), -5)).toBe(2)
  })
})
