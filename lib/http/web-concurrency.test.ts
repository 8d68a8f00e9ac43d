import { describe, expect, it } from 'vitest'
import { parseWebConcurrency } from './web-concurrency'

describe('parseWebConcurrency', () => {
  it('runs one web process per core unless told otherwise', () => {
    expect(parseWebConcurrency(undefined, 4)).toBe(4)
    expect(parseWebConcurrency('', 2)).toBe(2)
    expect(parseWebConcurrency(undefined, 0)).toBe(1)
  })

  it('takes a whole number from 1 up', () => {
    expect(parseWebConcurrency('1', 8)).toBe(1)
    expect(parseWebConcurrency(' 3 ', 2)).toBe(3)
  })

  it('refuses anything else', () => {
    for (const setting of ['0', '-2', '1.5', 'auto', 'two']) expect(() => parseWebConcurrency(setting, 2)).toThrow(/WEB_CONCURRENCY/)
  })
})
