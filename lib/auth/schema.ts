import { z } from 'zod'

export const loginInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(100)
    .pipe(z.email({ error: 'Please enter the email address you sign in with.' })),
  password: z.string().min(1, 'Please enter your password.').max(1000),
  // Where to go after signing in: only a path inside the editor, never another site.
  next: z
    .string()
    .optional()
    .transform((value) => (value && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) && !value.includes('..') ? value : '/admin')),
})

export const userCreateInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(12, 'Use a password of at least 12 characters.').max(1000),
  name: z.string().trim().min(1).max(120).optional(),
})

export const passwordChangeInput = z
  .object({
    currentPassword: z.string().min(1, 'Please enter your current password.').max(1000),
    newPassword: z.string().min(12, 'Use a password of at least 12 characters.').max(1000),
    confirmPassword: z.string().max(1000),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ['confirmPassword'], error: 'The two new passwords are not the same.' })
