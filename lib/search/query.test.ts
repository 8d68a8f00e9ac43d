import { describe, expect, it } from 'vitest'
import { buildMatchExpression, maxQueryLength, maxTerms, normalizeSearchInput } from './query'

describe('buildMatchExpression', () => {
  it('quotes every word and ANDs them', () => {
    expect(buildMatchExpression('spoon theory')).toBe('"spoon" "theory"')
  })

  it('keeps a quoted phrase together', () => {
    expect(buildMatchExpression('pacing "spoon theory" tips')).toBe('"pacing" "spoon theory" "tips"')
  })

  it('runs an unbalanced quote to the end of the input', () => {
    expect(buildMatchExpression('rest "good days')).toBe('"rest" "good days"')
    expect(buildMatchExpression('"')).toBeNull()
    expect(buildMatchExpression('a"b"c"')).toBe('"a" "b" "c"')
  })

  it('makes a trailing * a prefix query, and nothing else', () => {
    expect(buildMatchExpression('spoon*')).toBe('"spoon"*')
    expect(buildMatchExpression('*spoon')).toBe('"spoon"')
    expect(buildMatchExpression('*')).toBeNull()
    expect(buildMatchExpression('sp*on')).toBe('"sp on"')
  })

  it('treats FTS operators as ordinary words', () => {
    expect(buildMatchExpression('fatigue NEAR pain')).toBe('"fatigue" "NEAR" "pain"')
    expect(buildMatchExpression('NEAR(a b, 2)')).toBe('"NEAR a" "b" "2"')
    expect(buildMatchExpression('cats AND dogs OR NOT fish')).toBe('"cats" "AND" "dogs" "OR" "NOT" "fish"')
  })

  it('neutralises column filters, boosts, grouping and exclusion', () => {
    expect(buildMatchExpression('title:spoon')).toBe('"title spoon"')
    expect(buildMatchExpression('^start')).toBe('"start"')
    expect(buildMatchExpression('(rest) -work +sleep')).toBe('"rest" "work" "sleep"')
    expect(buildMatchExpression('{title body}: x')).toBe('"title" "body" "x"')
  })

  it('keeps accents, letters of every script and digits; drops emoji', () => {
    expect(buildMatchExpression('café')).toBe('"café"')
    expect(buildMatchExpression('Müdigkeit 2024')).toBe('"Müdigkeit" "2024"')
    expect(buildMatchExpression('慢性疲劳')).toBe('"慢性疲劳"')
    expect(buildMatchExpression('🥄 spoons 🥄')).toBe('"spoons"')
    expect(buildMatchExpression('🥄🔥')).toBeNull()
  })

  it('gives null for empty or punctuation-only input and for non-strings', () => {
    expect(buildMatchExpression('')).toBeNull()
    expect(buildMatchExpression('   ')).toBeNull()
    expect(buildMatchExpression('"" () ^ : - * ,')).toBeNull()
    expect(buildMatchExpression(undefined)).toBeNull()
    expect(buildMatchExpression(42)).toBeNull()
  })

  it('reads the first value when a query parameter is repeated', () => {
    expect(buildMatchExpression(['rest', 'other'])).toBe('"rest"')
  })

  it('caps very long input: 2,000 characters give at most the first terms', () => {
    const long = 'word '.repeat(400)
    expect(normalizeSearchInput(long).length).toBeLessThanOrEqual(maxQueryLength)
    expect(buildMatchExpression(long)).toBe('"word"')
    const many = Array.from({ length: 400 }, (_, index) => `w${index}`).join(' ')
    expect(buildMatchExpression(many)?.split(' ')).toHaveLength(maxTerms)
    expect(buildMatchExpression('x'.repeat(2000))).toBe(`"${'x'.repeat(maxQueryLength)}"`)
  })

  it('never cuts a code point in half', () => {
    const input = `${'a'.repeat(maxQueryLength - 1)}🥄🥄`
    expect(normalizeSearchInput(input)).toBe(`${'a'.repeat(maxQueryLength - 1)}🥄`)
  })

  it('drops repeated terms and control characters', () => {
    expect(buildMatchExpression('rest Rest rest')).toBe('"rest"')
    expect(buildMatchExpression('a\u0000b\u0002c')).toBe('"a" "b" "c"')
  })

  it('never lets a double quote or a bare operator into the expression', () => {
    const hostile = ['"NEAR("a" "b")', 'x" OR "1"="1', '\\" * ^ : ) (', 'a""b', "'; drop table posts; --"]
    for (const input of hostile) {
      const match = buildMatchExpression(input) ?? ''
      // Every term is one quoted string with letters/digits/spaces inside, optionally followed by *.
      expect(match).toMatch(/^(?:"[\p{L}\p{M}\p{N} ]+"\*? ?)*$/u)
    }
  })
})
