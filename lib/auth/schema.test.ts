import { describe, expect, it } from 'vitest'
import { loginInput, userCreateInput } from './schema'

describe('loginInput', () => {
  it('normalises the email and keeps the next path inside the editor', () => {
    const parsed = loginInput.parse({ email: ' Maren@Example.com ', password: 'x', next: '/admin/posts?status=draft' })
    expect(parsed.email).toBe('maren@example.com')
    expect(parsed.next).toBe('/admin/posts?status=draft')
    for (const next of ['https://evil.example/admin', '//evil.example', '/login', '/admin/../x', 'javascript:alert(1)']) {
      expect(loginInput.parse({ email: 'a@example.com', password: 'x', next }).next, next).toBe('/admin')
    }
  })

  it('asks for both fields', () => {
    const result = loginInput.safeParse({ email: 'nope', password: '' })
    expect(result.success).toBe(false)
    const fields = result.error?.issues.map((issue) => issue.path[0])
    expect(fields).toContain('email')
    expect(fields).toContain('password')
  })
})

describe('userCreateInput', () => {
  it('wants a real address and a long password', () => {
    expect(userCreateInput.safeParse({ email: 'a@example.com', password: 'short' }).success).toBe(false)
    expect(userCreateInput.parse({ email: 'A@Example.com', password: 'a long enough password' }).email).toBe('a@example.com')
  })
})
