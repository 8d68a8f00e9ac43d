import { describe, expect, it } from 'vitest'
import { matchEnd, matchStart, splitSnippet } from './snippet'

describe('splitSnippet', () => {
  it('splits marked matches from the text around them', () => {
    expect(splitSnippet(`I count ${matchStart}spoons${matchEnd} daily`)).toEqual([
      { text: 'I count ', isMatch: false },
      { text: 'spoons', isMatch: true },
      { text: ' daily', isMatch: false },
    ])
  })

  it('keeps markup-looking text as plain text (React escapes it)', () => {
    expect(splitSnippet(`<script>alert(1)</script> ${matchStart}x${matchEnd}`)).toEqual([
      { text: '<script>alert(1)</script> ', isMatch: false },
      { text: 'x', isMatch: true },
    ])
  })

  it('survives stray or unbalanced markers', () => {
    expect(splitSnippet(`a${matchEnd}b${matchStart}c`)).toEqual([
      { text: 'ab', isMatch: false },
      { text: 'c', isMatch: true },
    ])
    expect(splitSnippet('')).toEqual([])
  })
})
