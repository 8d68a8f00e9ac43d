import type { PostStatus } from './status'

export type SaveIntent = 'draft' | 'publish' | 'schedule' | 'update' | 'unpublish'

export type PostTiming = { status: PostStatus; publishedAt: number | null; updatedAt: number | null }

export type TransitionResult = { ok: true; timing: PostTiming } | { ok: false; field: 'title' | 'scheduledAt' | 'intent'; message: string }

// What a save button does to a post's status and dates, as WordPress and Ghost do it:
// publishing keeps the first publication date; editing a published post sets "Last Updated";
// scheduling needs a time in the future; unpublishing returns it to drafts.
export function nextTiming(
  current: PostTiming | null,
  intent: SaveIntent,
  input: { title: string; scheduledAt: number | null; now: number },
): TransitionResult {
  const wasPublished = current?.status === 'published'
  const needsTitle = intent === 'publish' || intent === 'schedule' || intent === 'update'
  if (needsTitle && input.title.trim() === '') return { ok: false, field: 'title', message: 'Please give the post a title before it goes out.' }
  switch (intent) {
    case 'draft':
      if (wasPublished) return { ok: false, field: 'intent', message: 'This post is published: use Update, or Unpublish first.' }
      return {
        ok: true,
        timing: {
          status: 'draft',
          publishedAt: current?.status === 'scheduled' ? null : (current?.publishedAt ?? null),
          updatedAt: current?.updatedAt ?? null,
        },
      }
    case 'publish':
      return {
        ok: true,
        timing: { status: 'published', publishedAt: wasPublished ? (current?.publishedAt ?? input.now) : input.now, updatedAt: current?.updatedAt ?? null },
      }
    case 'schedule':
      if (input.scheduledAt === null) return { ok: false, field: 'scheduledAt', message: 'Please choose the date and time to publish.' }
      if (input.scheduledAt <= input.now) return { ok: false, field: 'scheduledAt', message: 'Please choose a time in the future.' }
      if (wasPublished) return { ok: false, field: 'intent', message: 'This post is already published.' }
      return { ok: true, timing: { status: 'scheduled', publishedAt: input.scheduledAt, updatedAt: null } }
    case 'update':
      if (!wasPublished) return { ok: false, field: 'intent', message: 'Only a published post can be updated; publish it first.' }
      return { ok: true, timing: { status: 'published', publishedAt: current?.publishedAt ?? input.now, updatedAt: input.now } }
    case 'unpublish':
      return { ok: true, timing: { status: 'draft', publishedAt: current?.publishedAt ?? null, updatedAt: current?.updatedAt ?? null } }
  }
}
