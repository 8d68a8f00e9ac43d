'use server'

import { refresh } from 'next/cache'
import { redirect } from 'next/navigation'
import {
  deleteCategory,
  deleteTag,
  getCategoryForEdit,
  listTakenSlugs,
  mergeCategory,
  mergeTag,
  saveCategory,
  saveTag,
  type RemoveOutcome,
  type TermKind,
} from '@/db/queries/admin-taxonomy'
import { getSettings } from '@/db/queries/settings'
import { listCategories } from '@/db/queries/taxonomy'
import { requireAuthorAction } from '@/lib/server/auth/gate'
import { cacheTags } from '@/lib/cache-tags'
import { chooseSlug } from '@/lib/content/slug'
import { invalid, refused, type FormState } from '@/lib/form-state'
import { contentChanged } from '@/lib/server/cache'
import { mergeInput, readTermForm, termIdInput, termInput, type TermInput } from '@/lib/taxonomy/schema'
import { canBeParent } from '@/lib/taxonomy/terms'

const checkFields = 'Please check the fields marked below.'
const gone = 'This item no longer exists. Please reload the list.'

const success = (message: string): FormState => ({ status: 'success', message, fieldErrors: {}, values: {} })

// Terms show on archives, the sidebar list, the tag cloud, meta lines, breadcrumbs and menus.
async function invalidateReaderPages(): Promise<void> {
  await contentChanged([cacheTags.site, cacheTags.posts])
}

// A typed slug must be free among terms of its kind; one made from the name gets -2, -3… like WordPress.
async function chooseTermSlug(kind: TermKind, input: TermInput) {
  const taken = await listTakenSlugs(kind, input.id)
  return chooseSlug(
    { typed: input.slug, madeFrom: input.name, takenMessage: (slug) => `The slug “${slug}” is already used by another ${kind}. Please choose another.` },
    (slug) => taken.has(slug),
  )
}

function afterRemoval(outcome: RemoveOutcome, form: FormData, defaultMessage: string): FormState | null {
  if (outcome === 'is-default') return refused(defaultMessage, form)
  if (outcome === 'not-found') return refused(gone, form)
  return null
}

export async function saveCategoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = termInput.safeParse(readTermForm(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const input = parsed.data
  const all = await listCategories()
  if (input.parentId !== null && !all.some((category) => category.id === input.parentId))
    return refused(checkFields, form, { parentId: 'That parent category no longer exists.' })
  if (input.id !== null && !canBeParent(input.id, input.parentId, all)) {
    return refused(checkFields, form, { parentId: 'A category cannot sit under itself or under one of its own subcategories.' })
  }
  const slug = await chooseTermSlug('category', input)
  if ('error' in slug) return refused(checkFields, form, { slug: slug.error })
  const id = await saveCategory(input.id, { name: input.name, slug: slug.slug, parentId: input.parentId, description: input.description })
  if (id === null) return refused(gone, form)
  await invalidateReaderPages()
  refresh()
  return success(input.id === null ? `Added the category “${input.name}”.` : 'Saved. Readers see the change at once, and any old address leads to the new one.')
}

export async function deleteCategoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = termIdInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(gone, {})
  const [category, settings] = await Promise.all([getCategoryForEdit(parsed.data.id), getSettings()])
  const outcome = await deleteCategory(parsed.data.id, settings.defaultCategoryId)
  const failure = afterRemoval(outcome, form, `“${category?.name}” is the default category, so it cannot be deleted. Posts left without a category go there.`)
  if (failure) return failure
  await invalidateReaderPages()
  redirect('/admin/categories?notice=deleted')
}

export async function mergeCategoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = mergeInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const [category, settings] = await Promise.all([getCategoryForEdit(parsed.data.id), getSettings()])
  const outcome = await mergeCategory(parsed.data.id, parsed.data.targetId, settings.defaultCategoryId)
  const failure = afterRemoval(
    outcome,
    form,
    `“${category?.name}” is the default category, so it cannot be merged away. Merge other categories into it instead.`,
  )
  if (failure) return failure
  await invalidateReaderPages()
  redirect(`/admin/categories/${parsed.data.targetId}?notice=merged`)
}

export async function saveTagAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = termInput.safeParse(readTermForm(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const input = parsed.data
  const slug = await chooseTermSlug('tag', input)
  if ('error' in slug) return refused(checkFields, form, { slug: slug.error })
  const id = await saveTag(input.id, { name: input.name, slug: slug.slug, description: input.description })
  if (id === null) return refused(gone, form)
  await invalidateReaderPages()
  refresh()
  return success(input.id === null ? `Added the tag “${input.name}”.` : 'Saved. Readers see the change at once, and any old address leads to the new one.')
}

export async function deleteTagAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = termIdInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(gone, {})
  const failure = afterRemoval(await deleteTag(parsed.data.id), form, gone)
  if (failure) return failure
  await invalidateReaderPages()
  redirect('/admin/tags?notice=deleted')
}

export async function mergeTagAction(_previous: FormState, form: FormData): Promise<FormState> {
  await requireAuthorAction()
  const parsed = mergeInput.safeParse(Object.fromEntries(form))
  if (!parsed.success) return invalid(parsed.error, form)
  const failure = afterRemoval(await mergeTag(parsed.data.id, parsed.data.targetId), form, gone)
  if (failure) return failure
  await invalidateReaderPages()
  redirect(`/admin/tags/${parsed.data.targetId}?notice=merged`)
}
