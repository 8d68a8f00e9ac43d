import { describe, expect, it } from 'vitest'
import { cn } from './utils'

describe('cn', () => {
  it('joins conditional classes', () => {
    expect(cn('a', false, null, undefined, { b: true, c: false }, ['d'])).toBe('a b d')
  })

  it('lets later Tailwind utilities win', () => {
    expect(cn('px-2 py-1 text-sm', 'px-4', 'text-lg')).toBe('py-1 px-4 text-lg')
  })

  it('returns an empty string for nothing', () => {
    expect(cn()).toBe('')
  })
})
