'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import {
  getPostForEdit,
  getRevision,
  insertAutosaveRevision,
  isSlugTaken,
  savePost,
  setPostTrashed,
  type PostForEdit,
  type SavePostValues,
} from '@/db/queries/admin-posts'
import { getSettings } from '@/db/queries/settings'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { cacheTags } from '@/lib/cache-tags'
import { plainTextToHtml } from '@/lib/content/plain-text'
import { sanitizeHtml } from '@/lib/content/sanitize'
import { chooseSlug, slugify } from '@/lib/content/slug'
import { reservedSlugs } from '@/lib/routes'
import { refused, invalid, type FormState } from '@/lib/form-state'
import { contentChanged } from '@/lib/server/cache'
import { postInput, quickDraftInput, readPostForm, type PostInput } from '@/lib/posts/schema'
import { isParentLoop } from '@/lib/posts/tree'
import { reviewDateFromInput } from '@/lib/posts/review'
import { nextTiming } from '@/lib/posts/transitions'
import { zonedLocalToUtc } from '@/lib/posts/zoned-time'

const idInput = z.object({ id: z.coerce.number().int().positive() })
const revisionInput = z.object({ revisionId: z.coerce.number().int().positive() })

function editPath(type: 'post' | 'page', id: number) {
  return `/admin/${type}s/${id}`
}

// Everything readers see may show this post (lists, related posts, menus, feeds): drop it all.
async function invalidateReaderPages(): Promise<void> {
  await contentChanged([cacheTags.posts, cacheTags.site])
}

// Posts and top-level pages share the first path segment with the app's own routes (lib/routes.ts).
function choosePostSlug(input: Pick<PostInput, 'type' | 'parentId' | 'id' | 'slug' | 'title'>) {
  const scope = { type: input.type, parentId: input.type === 'page' ? input.parentId : null, excludeId: input.id }
  const isTopLevel = scope.parentId === null
  return chooseSlug(
    {
      typed: input.slug,
      madeFrom: input.title || 'untitled',
      takenMessage: (slug) => `The address “${slug}” is already used on this site. Please choose another.`,
    },
    async (slug) => (isTopLevel && reservedSlugs.has(slug)) || (await isSlugTaken(slug, scope)),
  )
}

function valuesFor(
  input: PostInput,
  authorId: number,
  timing: Pick<SavePostValues, 'status' | 'publishedAt' | 'updatedAt'>,
  slug: string,
  note: SavePostValues['revisionNote'],
  lastReviewedAt: number | null,
): SavePostValues {
  const isPost = input.type === 'post'
  const tagNames = isPost ? input.tags : []
  return {
    id: input.id,
    type: input.type,
    authorId,
    ...timing,
    title: input.title,
    slug,
    excerpt: input.excerpt,
    // The one sanitizer, on save: what is stored is already safe to render.
    body: sanitizeHtml(input.body),
    keyPoints: input.keyPoints.length > 0 ? input.keyPoints : null,
    changeNote: input.changeNote,
    lastReviewedAt,
    parentId: isPost ? null : input.parentId,
    featuredMediaId: input.featuredMediaId,
    isAffiliate: input.isAffiliate,
    isSticky: isPost && input.isSticky,
    commentStatus: input.commentsOpen ? 'open' : 'closed',
    primaryCategoryId: isPost ? (input.categoryIds[0] ?? null) : null,
    categoryIds: isPost ? input.categoryIds : [],
    tagNames,
    tagSlugs: tagNames.map((name) => slugify(name)),
    revisionNote: note,
  }
}

// The form as typed, kept as an autosave revision of a post whose live text must not change yet.
function autosaveOf(input: PostInput, postId: number, authorId: number) {
  return {
    postId,
    authorId,
    title: input.title,
    excerpt: input.excerpt,
    body: sanitizeHtml(input.body),
    keyPoints: input.keyPoints.length ? input.keyPoints : null,
  }
}

export async function savePostAction(_previous: FormState, form: FormData): Promise<FormState> {
  const author = await requireAuthorAction()
  const parsed = postInput.safeParse(readPostForm(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const input = parsed.data
  const current = input.id === null ? null : await getPostForEdit(input.id)
  if (input.id !== null && (!current || current.type !== input.type)) return refused('This item no longer exists. Please reload the list.', form)

  // Preview: a published or scheduled post keeps its live text; the preview shows an autosave of the
  // form. Anything else is saved as a draft first (as WordPress and Ghost do).
  if (input.intent === 'preview' && current && current.status !== 'draft') {
    const revision = await insertAutosaveRevision(autosaveOf(input, current.id, author.id))
    redirect(`/preview/${current.id}?revision=${revision.id}`)
  }
  const intent = input.intent === 'preview' ? 'draft' : input.intent
  const settings = await getSettings()
  const scheduledAt = input.scheduledAt ? zonedLocalToUtc(input.scheduledAt, settings.timeZone) : null
  if (intent === 'schedule' && input.scheduledAt && scheduledAt === null) {
    return refused('Please check the publish time.', form, { scheduledAt: 'Please enter a date and time.' })
  }
  const transition = nextTiming(current, intent, { title: input.title, scheduledAt, now: Date.now() })
  if (!transition.ok) return refused(transition.message, form, transition.field === 'intent' ? {} : { [transition.field]: transition.message })
  if (await isParentLoop(input.id, input.parentId, async (id) => (await getPostForEdit(id))?.parentId ?? null)) {
    return refused('Please check the parent page.', form, { parentId: 'A page cannot sit under itself or one of its own subpages.' })
  }
  const slug = await choosePostSlug(input)
  if ('error' in slug) return refused('Please check the address.', form, { slug: slug.error })
  const review = reviewDateFromInput(input.lastReviewedOn, settings.timeZone, Date.now())
  if (!review.ok) return refused('Please check the review date.', form, { lastReviewedOn: review.message })

  const saved = await savePost(valuesFor(input, author.id, transition.timing, slug.slug, 'save', review.lastReviewedAt))
  await invalidateReaderPages()
  redirect(input.intent === 'preview' ? `/preview/${saved.id}` : `${editPath(input.type, saved.id)}?saved=${intent}`)
}

// Called by the editor while the author types (JavaScript only). A draft is saved in place; a
// published or scheduled post is left alone and the text kept as an autosave revision.
export async function autosavePostAction(_previous: FormState, form: FormData): Promise<FormState> {
  const author = await requireAuthorAction()
  const parsed = postInput.safeParse({ ...readPostForm(form), intent: 'draft' })
  if (!parsed.success) return invalid(parsed.error, form, 'Not saved yet: please check the fields marked below.')
  const input = parsed.data
  const current = input.id === null ? null : await getPostForEdit(input.id)
  if (input.id !== null && (!current || current.type !== input.type)) return refused('This item no longer exists.', {})
  const savedAt = new Date().toISOString()
  if (current && current.status !== 'draft') {
    await insertAutosaveRevision(autosaveOf(input, current.id, author.id))
    return {
      status: 'success',
      message: 'Changes kept as an autosave; the live post is unchanged until you press Update.',
      fieldErrors: {},
      values: { id: String(current.id), savedAt },
    }
  }
  const slug = await choosePostSlug({ ...input, slug: current?.slug ?? input.slug })
  const timing = { status: 'draft' as const, publishedAt: current?.publishedAt ?? null, updatedAt: current?.updatedAt ?? null }
  // A review date that is not valid yet (half typed) keeps what is stored until the author saves.
  const review = reviewDateFromInput(input.lastReviewedOn, (await getSettings()).timeZone, Date.now())
  const lastReviewedAt = review.ok ? review.lastReviewedAt : (current?.lastReviewedAt ?? null)
  const saved = await savePost(valuesFor(input, author.id, timing, 'slug' in slug ? slug.slug : slugify(input.title), 'autosave', lastReviewedAt))
  return { status: 'success', message: 'Draft saved.', fieldErrors: {}, values: { id: String(saved.id), savedAt } }
}

// The dashboard's Quick draft box: a title and a few lines become a new draft post (as WordPress's
// Quick Draft does), and the dashboard says where it went.
export async function quickDraftAction(_previous: FormState, form: FormData): Promise<FormState> {
  const author = await requireAuthorAction()
  const parsed = quickDraftInput.safeParse({ title: form.get('title') ?? '', text: form.get('text') ?? '' })
  if (!parsed.success) return invalid(parsed.error, form)
  const input: PostInput = {
    ...emptyPost,
    title: parsed.data.title,
    // Plain text as typed: escaped into paragraphs, then through the one sanitizer like any body.
    body: plainTextToHtml(parsed.data.text),
  }
  const slug = await choosePostSlug(input)
  const timing = { status: 'draft' as const, publishedAt: null, updatedAt: null }
  const saved = await savePost(valuesFor(input, author.id, timing, 'slug' in slug ? slug.slug : slugify(input.title || 'untitled'), 'save', null))
  redirect(`/admin?drafted=${saved.id}`)
}

const emptyPost: PostInput = {
  id: null,
  type: 'post',
  intent: 'draft',
  title: '',
  slug: '',
  excerpt: '',
  body: '',
  keyPoints: [],
  changeNote: '',
  categoryIds: [],
  tags: [],
  parentId: null,
  featuredMediaId: null,
  isAffiliate: false,
  commentsOpen: true,
  isSticky: false,
  scheduledAt: '',
  lastReviewedOn: '',
}

// Trash and restore: the same steps, each then showing where the item went.
async function moveToOrFromTrash(form: FormData, isTrashed: boolean): Promise<FormState> {
  await requireAuthorAction()
  const parsed = idInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(isTrashed ? 'Nothing to move to the trash.' : 'Nothing to restore.', {})
  const result = await setPostTrashed(parsed.data.id, isTrashed)
  if (!result) return refused('This item no longer exists.', {})
  await invalidateReaderPages()
  redirect(isTrashed ? `/admin/${result.type}s?status=trash&trashed=1` : `${editPath(result.type, parsed.data.id)}?saved=restored`)
}

export async function trashPostAction(_previous: FormState, form: FormData): Promise<FormState> {
  return moveToOrFromTrash(form, true)
}

export async function restorePostAction(_previous: FormState, form: FormData): Promise<FormState> {
  return moveToOrFromTrash(form, false)
}

// Puts an earlier version back as the current text (the status stays; a published post shows the
// restored text at once and gets a new Last Updated date).
export async function restoreRevisionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const author = await requireAuthorAction()
  const parsed = revisionInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused('Nothing to restore.', {})
  const revision = await getRevision(parsed.data.revisionId)
  const current: PostForEdit | null = revision ? await getPostForEdit(revision.postId) : null
  if (!revision || !current) return refused('That version no longer exists.', {})
  await savePost({
    ...current,
    id: current.id,
    authorId: author.id,
    title: revision.title,
    excerpt: revision.excerpt,
    body: sanitizeHtml(revision.body),
    keyPoints: revision.keyPoints,
    updatedAt: current.status === 'published' ? Date.now() : current.updatedAt,
    primaryCategoryId: current.categoryIds[0] ?? null,
    tagNames: current.tagNames,
    tagSlugs: current.tagNames.map((name) => slugify(name)),
    revisionNote: 'restore',
  })
  await invalidateReaderPages()
  redirect(`${editPath(current.type, current.id)}?saved=revision`)
}
