import { describe, expect, it } from 'vitest'
import { redactHeaders, redactTokens } from './redact'

describe('redactTokens', () => {
  it('removes every token from links in text and HTML, keeping the rest of the link', () => {
    expect(redactTokens('Confirm: https://blog.example/newsletter/confirm?token=abc_DEF-123.x9 now')).toBe(
      'Confirm: https://blog.example/newsletter/confirm?token=redacted now',
    )
    expect(redactTokens('<a href="https://b.example/u?list=1&amp;token=zzz">x</a> (https://b.example/s?token=q1)')).toBe(
      '<a href="https://b.example/u?list=1&amp;token=redacted">x</a> (https://b.example/s?token=redacted)',
    )
  })

  it('leaves text without tokens alone', () => {
    expect(redactTokens('A tokenless mail about tokens=5')).toBe('A tokenless mail about tokens=5')
  })

  it('redacts header values', () => {
    expect(redactHeaders({ 'List-Unsubscribe': '<https://b.example/one-click?token=1.sig>' })).toEqual({
      'List-Unsubscribe': '<https://b.example/one-click?token=redacted>',
    })
  })
})
