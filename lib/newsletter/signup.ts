import { z } from 'zod'

const noLineBreaks = (value: string) => !/[\r\n]/.test(value)

// The signup form (sidebar, after posts, /newsletter). Line breaks in a name or address are refused
// outright: they are how mail headers get injected.
export const signupInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(100, 'Please use an email address under 100 characters.')
    .refine(noLineBreaks, 'Please enter a valid email address.')
    .pipe(z.email({ error: 'Please enter a valid email address.' })),
  firstName: z
    .string()
    .max(100, 'Please keep your name under 100 characters.')
    .refine(noLineBreaks, 'Please enter your name on one line.')
    .transform((value) => value.replace(/\p{Cc}/gu, '').trim())
    .optional()
    .default(''),
  source: z.enum(['sidebar', 'post', 'page']).catch('page'),
  // The honeypot: people never see it; a value means a bot filled every field.
  website_confirm: z.string().optional().default(''),
})

export type SignupInput = z.infer<typeof signupInput>

// perAddress: sign-ups from one client address; perEmailMs: at most one confirmation or reminder to
// one email address in this time, whoever asks (nobody can turn the form into a mail cannon).
export const signupLimits = { windowMs: 10 * 60 * 1000, perAddress: 10, perEmailMs: 60 * 60 * 1000 } as const

// The same answer whatever happened to the address: the form must not tell who subscribes.
export const signupThanks = 'Thank you! Please check your inbox: we have sent you an email to confirm.'
