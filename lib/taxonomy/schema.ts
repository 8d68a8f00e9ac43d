import { z } from 'zod'
import { fieldLimits } from '@/lib/field-limits'

const optionalId = z.preprocess(
  (value) => (value === '' || value === undefined || value === null ? null : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
  z.number().int().positive().nullable(),
)
const id = z.coerce.number().int().positive()

// The add and edit forms of /admin/categories and /admin/tags. An empty slug is made from the name.
export const termInput = z.object({
  id: optionalId,
  name: z.string().trim().min(1, 'Please give it a name.').max(fieldLimits.term.name, 'Please keep the name under 200 characters.'),
  slug: z.string().trim().max(fieldLimits.term.slug, 'Please keep the slug under 200 characters.'),
  parentId: optionalId,
  description: z.string().trim().max(fieldLimits.term.description, 'Please keep the description under 2,000 characters.'),
})

export type TermInput = z.infer<typeof termInput>

export const termIdInput = z.object({ id })

export const mergeInput = z
  .object({ id, targetId: z.coerce.number({ error: 'Please choose where to merge it.' }).int().positive('Please choose where to merge it.') })
  .refine((input) => input.id !== input.targetId, { path: ['targetId'], message: 'Please choose a different one to merge into.' })

export function readTermForm(form: FormData): Record<string, string> {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  return { id: text('id'), name: text('name'), slug: text('slug'), parentId: text('parentId'), description: text('description') }
}
