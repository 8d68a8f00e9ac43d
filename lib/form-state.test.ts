import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formValues, initialFormState, invalid, refused, type FormState } from './form-state'

const commentInput = z.object({
  body: z.string().trim().min(1, 'Please write a comment.').max(5000, 'That comment is too long.'),
  name: z.string().trim().min(1, 'Please give your name.'),
  email: z.email('Please give a valid email address.'),
  // Plain z.url() accepts javascript: URLs; a website must be http(s).
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Please give a full web address.' })], {
    error: 'Please give a full web address.',
  }),
})

type CommentValues = { body: string; name: string; email: string; website: string }

function formData(entries: Record<string, string | string[] | Blob>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
  }
  return form
}

describe('initialFormState', () => {
  it('is idle and empty', () => {
    expect(initialFormState).toEqual({ status: 'idle', fieldErrors: {}, values: {} })
  })
})

describe('formValues', () => {
  it('keeps string fields', () => {
    expect(formValues(formData({ name: 'Ann', body: 'Hi' }))).toEqual({ name: 'Ann', body: 'Hi' })
  })

  it('never keeps passwords or secrets, even when not asked to omit them', () => {
    const form = formData({ email: 'a@example.com', password: 'hunter2', newPassword: 'x', clientSecret: 'y' })
    expect(formValues(form)).toEqual({ email: 'a@example.com' })
  })

  it('omits the named fields', () => {
    expect(formValues(formData({ email: 'a@example.com', token: 't' }), ['token'])).toEqual({ email: 'a@example.com' })
  })

  it('skips files and keeps the first of repeated fields', () => {
    const form = formData({ upload: new Blob(['x']), tag: ['one', 'two'] })
    expect(formValues(form)).toEqual({ tag: 'one' })
  })

  it('skips the hidden fields Next adds to no-JavaScript action posts', () => {
    const form = formData({ $ACTION_REF_1: '', '$ACTION_1:0': '{}', $ACTION_ID_abc: '', name: 'Ann' })
    expect(formValues(form)).toEqual({ name: 'Ann' })
  })
})

describe('invalid', () => {
  it('maps a real zod error to the first message per field', () => {
    const submitted = { body: '   ', name: '', email: 'not-an-email', website: 'javascript:alert(1)' }
    const result = commentInput.safeParse(submitted)
    expect(result.success).toBe(false)
    if (result.success) return
    const state: FormState<CommentValues> = invalid<CommentValues>(result.error, submitted)
    expect(state).toEqual({
      status: 'invalid',
      message: 'Please check the fields marked below.',
      fieldErrors: {
        body: 'Please write a comment.',
        name: 'Please give your name.',
        email: 'Please give a valid email address.',
        website: 'Please give a full web address.',
      },
      values: submitted,
    })
  })

  it('keeps only the first of several issues on one field', () => {
    const schema = z.object({
      slug: z
        .string()
        .min(3, 'Too short.')
        .regex(/^[a-z]+$/, 'Letters only.'),
    })
    const result = schema.safeParse({ slug: '1' })
    if (result.success) throw new Error('expected failure')
    expect(invalid(result.error, { slug: '1' }).fieldErrors).toEqual({ slug: 'Too short.' })
  })

  it('uses a form-level issue or the given message as the summary', () => {
    const schema = z
      .object({ password: z.string(), confirm: z.string() })
      .refine((input) => input.password === input.confirm, { message: 'The passwords differ.' })
    const result = schema.safeParse({ password: 'a', confirm: 'b' })
    if (result.success) throw new Error('expected failure')
    expect(invalid(result.error, {}).message).toBe('The passwords differ.')
    expect(invalid(result.error, {}, 'Try again.').message).toBe('Try again.')
  })

  it('uses the first segment of nested paths', () => {
    const schema = z.object({ address: z.object({ city: z.string().min(1, 'City?') }) })
    const result = schema.safeParse({ address: { city: '' } })
    if (result.success) throw new Error('expected failure')
    expect(invalid(result.error, {}).fieldErrors).toEqual({ address: 'City?' })
  })

  it('accepts the FormData itself and drops secrets from it', () => {
    const form = formData({ body: '', name: 'Ann', password: 'hunter2' })
    const result = commentInput.safeParse(Object.fromEntries(form))
    if (result.success) throw new Error('expected failure')
    const state = invalid(result.error, form)
    expect(state.values).toEqual({ body: '', name: 'Ann' })
  })
})

describe('refused', () => {
  it('keeps the message, values and any field errors', () => {
    const values = { body: 'My long comment', name: 'Ann' }
    expect(refused('You are posting too quickly.', values)).toEqual({
      status: 'refused',
      message: 'You are posting too quickly.',
      fieldErrors: {},
      values,
    })
    expect(refused<CommentValues>('Duplicate comment.', values, { body: 'You already said that.' }).fieldErrors).toEqual({
      body: 'You already said that.',
    })
  })

  it('accepts FormData and never echoes the password', () => {
    const state = refused('Wrong email or password.', formData({ email: 'a@example.com', password: 'hunter2' }))
    expect(state.values).toEqual({ email: 'a@example.com' })
  })
})
