import { describe, expect, it } from 'vitest'
import { signupInput } from './signup'

describe('signupInput', () => {
  it('normalises the address and keeps an optional first name', () => {
    expect(signupInput.parse({ email: ' Reader@Example.COM ', source: 'sidebar' })).toEqual({
      email: 'reader@example.com',
      firstName: '',
      source: 'sidebar',
      website_confirm: '',
    })
    expect(signupInput.parse({ email: 'a@example.com', firstName: '  Zoë ' }).firstName).toBe('Zoë')
  })

  it('refuses header injection in either field', () => {
    expect(signupInput.safeParse({ email: 'a@example.com\r\nBcc: victim@example.com' }).success).toBe(false)
    const injected = signupInput.safeParse({ email: 'a@example.com', firstName: 'Eve\nBcc: victim@example.com' })
    expect(injected.success).toBe(false)
    expect(injected.error?.issues[0]?.path).toEqual(['firstName'])
  })

  it('falls back to a known source and refuses bad addresses', () => {
    expect(signupInput.parse({ email: 'a@example.com', source: '<script>' }).source).toBe('page')
    expect(signupInput.safeParse({ email: 'not an email' }).success).toBe(false)
  })
})
