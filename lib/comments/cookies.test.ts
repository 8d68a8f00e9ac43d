import { describe, expect, it } from 'vitest'
import { parseCommenter, serializeCommenter } from './cookies'

describe('commenter cookie', () => {
  it('round-trips what the reader typed, including awkward characters', () => {
    const commenter = { author: 'Zoë "Spoons" ; O’Neil', email: 'zoe@example.com', url: 'https://example.com/?a=1&b=2' }
    expect(parseCommenter(serializeCommenter(commenter))).toEqual(commenter)
    expect(serializeCommenter(commenter)).not.toMatch(/[;,\s"]/)
  })

  it('ignores anything malformed or oversized', () => {
    expect(parseCommenter(undefined)).toBeNull()
    expect(parseCommenter('%E0%A4%A')).toBeNull()
    expect(parseCommenter(encodeURIComponent('[1,2]'))).toBeNull()
    expect(parseCommenter(encodeURIComponent(JSON.stringify({ author: 1, email: 'a', url: '' })))).toBeNull()
    const long = parseCommenter(serializeCommenter({ author: 'x'.repeat(1000), email: 'e', url: '' }))
    expect(long?.author).toHaveLength(245)
  })
})
