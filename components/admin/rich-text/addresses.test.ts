import { describe, expect, it } from 'vitest'
import { relForLink } from './addresses'

describe('relForLink', () => {
  it('marks an affiliate link sponsored nofollow', () => {
    expect(relForLink(null, true)).toBe('sponsored nofollow')
    expect(relForLink('noopener', true)).toBe('sponsored nofollow noopener')
  })

  it('clears what the affiliate box added and keeps the rest', () => {
    expect(relForLink('sponsored nofollow', false)).toBeNull()
    expect(relForLink('nofollow sponsored noopener', false)).toBe('noopener')
    expect(relForLink('nofollow', false)).toBe('nofollow')
    expect(relForLink(null, false)).toBeNull()
  })
})
