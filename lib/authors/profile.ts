import { z } from 'zod'
import { fieldLimits } from '@/lib/field-limits'

// The author profile form on /admin/settings: what the author box, the sidebar bio and the author
// archive page show.
export const authorProfileInput = z.object({
  name: z.string().trim().min(1, 'Please give the name readers see.').max(fieldLimits.profile.name, 'Please keep the name under 100 characters.'),
  tagline: z.string().trim().max(fieldLimits.profile.tagline, 'Please keep the tagline under 200 characters.'),
  bio: z
    .string()
    .max(fieldLimits.profile.bio, 'Please keep the bio under 4,000 characters.')
    // Paragraphs are split on blank lines when shown; Windows line ends would hide them.
    .transform((bio) => bio.replace(/\r\n?/g, '\n').trim()),
  avatarMediaId: z.preprocess(
    (value) => (value === '' || value === undefined ? null : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value),
    z.number({ error: 'Please choose an image from the list.' }).int().positive().nullable(),
  ),
})

export type AuthorProfileInput = z.infer<typeof authorProfileInput>
