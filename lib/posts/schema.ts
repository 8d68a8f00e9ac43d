import { z } from 'zod'
import { fieldLimits } from '@/lib/field-limits'

const optionalId = z.preprocess(
  (value) => (value === '' || value === undefined || value === null ? null : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
  z.number().int().positive().nullable(),
)
const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean())

// The post and page editor form. Multi-value fields (categories) are read with getAll first.
export const postInput = z.object({
  id: optionalId,
  type: z.enum(['post', 'page']),
  intent: z.enum(['draft', 'publish', 'schedule', 'update', 'unpublish', 'preview'], { error: 'Please use one of the save buttons.' }),
  title: z.string().trim().max(fieldLimits.post.title, 'Please keep the title under 300 characters.'),
  slug: z.string().trim().max(fieldLimits.post.slug, 'Please keep the address under 200 characters.'),
  excerpt: z.string().trim().max(fieldLimits.post.excerpt, 'Please keep the excerpt under 1,000 characters.'),
  body: z.string().max(2_000_000, 'This post is too long to save.'),
  keyPoints: z
    .string()
    .max(2000)
    .transform((text) =>
      text
        .split('\n')
        .map((line) => line.replace(/^[\s•*-]+/, '').trim())
        .filter(Boolean),
    )
    .refine((points) => points.length === 0 || (points.length >= 3 && points.length <= 5), 'Write 3 to 5 key points, one per line, or leave this empty.')
    .refine((points) => points.every((point) => point.length <= 200), 'Please keep each key point under 200 characters.'),
  changeNote: z.string().trim().max(fieldLimits.post.changeNote, 'Please keep the note under 300 characters.'),
  // Checked as a real, past day in the site's time zone by lib/posts/review.ts.
  lastReviewedOn: z.string().trim().max(10, 'Please enter a date like 2026-03-02, or leave this empty.'),
  categoryIds: z.array(z.coerce.number().int().positive()).max(50),
  tags: z
    .string()
    .max(2000)
    .transform((text) => [
      ...new Set(
        text
          .split(',')
          .map((name) => name.trim().replace(/\s+/g, ' '))
          .filter(Boolean),
      ),
    ])
    .refine((names) => names.every((name) => name.length <= 60), 'Please keep each tag under 60 characters.'),
  parentId: optionalId,
  featuredMediaId: optionalId,
  isAffiliate: checkbox,
  commentsOpen: checkbox,
  isSticky: checkbox,
  scheduledAt: z.string().trim().max(20),
})

export type PostInput = z.infer<typeof postInput>

// The dashboard's Quick draft box: a title and a few lines of plain text, kept as a new draft post.
export const quickDraftInput = z
  .object({
    title: z.string().trim().max(fieldLimits.post.title, 'Please keep the title under 300 characters.'),
    text: z.string().trim().max(fieldLimits.post.quickDraft, 'Please keep a quick draft under 20,000 characters; the editor takes longer posts.'),
  })
  .refine((draft) => draft.title !== '' || draft.text !== '', { message: 'Please write a title or a few lines.', path: ['title'] })

export function readPostForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  return {
    id: text('id'),
    type: text('type'),
    intent: text('intent'),
    title: text('title'),
    slug: text('slug'),
    excerpt: text('excerpt'),
    body: text('body'),
    keyPoints: text('keyPoints'),
    changeNote: text('changeNote'),
    lastReviewedOn: text('lastReviewedOn'),
    categoryIds: form.getAll('categoryIds').filter((value) => typeof value === 'string'),
    tags: text('tags'),
    parentId: text('parentId'),
    featuredMediaId: text('featuredMediaId'),
    isAffiliate: text('isAffiliate'),
    commentsOpen: text('commentsOpen'),
    isSticky: text('isSticky'),
    scheduledAt: text('scheduledAt'),
  }
}
