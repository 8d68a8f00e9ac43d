import { describe, expect, it } from 'vitest'
import { eraseInput, personalDataEmail } from './schema'

describe('privacy tool input', () => {
  it('normalises the email and refuses anything else', () => {
    expect(personalDataEmail.parse(' Pat@Example.COM ')).toBe('pat@example.com')
    expect(personalDataEmail.safeParse('not an email').success).toBe(false)
  })

  it('erases only with the confirmation ticked', () => {
    expect(eraseInput.safeParse({ email: 'pat@example.com' }).success).toBe(false)
    expect(eraseInput.safeParse({ email: 'pat@example.com', confirm: 'on' }).success).toBe(true)
  })
})
