import { z } from 'zod'

// The privacy tools' one field: the email address whose data is exported or erased.
export const personalDataEmail = z
  .string({ error: 'Please enter an email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'Please enter an email address.')
  .pipe(z.email({ error: 'Please enter an email address.' }))

export const eraseInput = z.object({
  email: personalDataEmail,
  confirm: z.literal('on', { error: 'Please tick the box to confirm: erasing cannot be undone.' }),
})
