import { z } from 'zod'
import { fieldLimits } from '@/lib/field-limits'

export const postPasswordInput = z.object({
  postId: z.coerce.number().int().positive(),
  // Back to the page the form was on; only a path on this site.
  path: z
    .string()
    .max(2000)
    .regex(/^\/(?![/\\])/, 'Not a path on this site'),
  password: z.string().min(1, 'Enter the password.').max(fieldLimits.post.password, 'That is longer than any password here.'),
})
