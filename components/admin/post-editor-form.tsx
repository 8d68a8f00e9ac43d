'use client'

import dynamic from 'next/dynamic'
import { startTransition, useActionState, useRef, useState } from 'react'
import { useFormStatus } from 'react-dom'
import { autosavePostAction, savePostAction } from '@/app/(admin)/_actions/posts'
import type { PostStatus } from '@/db/schema'
import { initialFormState } from '@/lib/form-state'
import { MediaPicker } from './media-picker'

// The rich-text editor is its own chunk: only the editor screens load it.
const RichTextEditor = dynamic(() => import('./rich-text/rich-text-editor').then((module) => module.RichTextEditor), {
  loading: () => <p className="mt-2 text-muted">Loading the editor…</p>,
})

export type EditorValues = {
  id: number | null
  type: 'post' | 'page'
  status: PostStatus
  title: string
  slug: string
  excerpt: string
  body: string
  keyPoints: string
  changeNote: string
  categoryIds: number[]
  tags: string
  parentId: number | null
  featuredMediaId: number | null
  isAffiliate: boolean
  commentsOpen: boolean
  isSticky: boolean
  scheduledAt: string
}

type MediaItem = { id: number; url: string; alt: string; caption: string; width: number | null; height: number | null }

const autosaveDelayMs = 4000

export function PostEditorForm({
  values,
  categories,
  pages,
  media,
  timeZone,
}: {
  values: EditorValues
  categories: { id: number; name: string; parentId: number | null }[]
  pages: { id: number; title: string; parentId: number | null }[]
  media: MediaItem[]
  timeZone: string
}) {
  const [state, formAction] = useActionState(savePostAction, initialFormState)
  const [autosave, autosaveAction] = useActionState(autosavePostAction, initialFormState)
  const [insertImage, setInsertImage] = useState<Omit<MediaItem, 'id'> | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  // Once autosave has created the draft, later saves must update it rather than create another.
  const id = values.id ?? (autosave.values.id ? Number(autosave.values.id) : null)
  const isPublished = values.status === 'published'
  const isPost = values.type === 'post'
  const typed = (name: keyof EditorValues, fallback: string) => state.values[name] ?? fallback
  const error = (name: string) => state.fieldErrors[name]

  const scheduleAutosave = () => {
    if (timerRef.current) clearTimeout(timerRef.current)
    timerRef.current = setTimeout(() => {
      const form = formRef.current
      if (!form) return
      startTransition(() => autosaveAction(new FormData(form)))
    }, autosaveDelayMs)
  }

  const describedBy = (name: string) => (error(name) ? `${name}-error` : undefined)
  const fieldError = (name: string) =>
    error(name) ? (
      <p id={`${name}-error`} className="mt-1 font-bold text-accent-dark">
        {error(name)}
      </p>
    ) : null

  return (
    <form ref={formRef} action={formAction} noValidate onInput={scheduleAutosave} className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <input type="hidden" name="id" value={id ?? ''} />
      <input type="hidden" name="type" value={values.type} />
      <div className="min-w-0 space-y-5">
        <div role="alert" aria-live="assertive">
          {state.message ? <p className="rounded border border-accent bg-accent-soft p-3 font-bold text-accent-dark">{state.message}</p> : null}
        </div>
        <div>
          <label htmlFor="title" className="block font-bold">
            Title
          </label>
          <input id="title" name="title" defaultValue={typed('title', values.title)} maxLength={300} aria-invalid={error('title') ? true : undefined} aria-describedby={describedBy('title')} className="input text-2xl" />
          {fieldError('title')}
        </div>
        <div>
          <label htmlFor="slug" className="block font-bold">
            Slug
          </label>
          <p id="slug-hint" className="text-sm text-muted">
            The web address. Leave it empty to make one from the title.
          </p>
          <input id="slug" name="slug" defaultValue={typed('slug', values.slug)} maxLength={200} aria-invalid={error('slug') ? true : undefined} aria-describedby={[describedBy('slug'), 'slug-hint'].filter(Boolean).join(' ')} className="input" />
          {fieldError('slug')}
        </div>
        <RichTextEditor name="body" label="Body" initialHtml={typed('body', values.body)} onHtmlChange={scheduleAutosave} insertImage={insertImage} />
        {/* The editor arrives as its own chunk after the page; without JavaScript it never does, so the
            body is a plain HTML field (the server sanitizes whatever arrives). */}
        <noscript>
          <label htmlFor="body-html" className="block font-bold">
            Body
          </label>
          <p id="body-html-hint" className="text-sm text-muted">
            The formatting toolbar needs JavaScript; you can still write the post in HTML here.
          </p>
          <textarea id="body-html" name="body" rows={20} defaultValue={typed('body', values.body)} aria-describedby="body-html-hint" className="input font-mono text-sm" />
        </noscript>
        {media.length > 0 ? (
          <details className="rounded border border-line bg-card p-3">
            <summary className="cursor-pointer font-bold">Insert an uploaded image</summary>
            <MediaPicker items={media} onPick={(item) => setInsertImage({ ...item })} />
          </details>
        ) : null}
        <div>
          <label htmlFor="excerpt" className="block font-bold">
            Excerpt
          </label>
          <textarea id="excerpt" name="excerpt" rows={3} maxLength={1000} defaultValue={typed('excerpt', values.excerpt)} aria-invalid={error('excerpt') ? true : undefined} aria-describedby={describedBy('excerpt')} className="input" />
          {fieldError('excerpt')}
        </div>
        <div>
          <label htmlFor="keyPoints" className="block font-bold">
            Key points
          </label>
          <p id="keyPoints-hint" className="text-sm text-muted">
            3 to 5 short lines, one per line, shown above the post. Leave empty for none.
          </p>
          <textarea id="keyPoints" name="keyPoints" rows={5} defaultValue={typed('keyPoints', values.keyPoints)} aria-invalid={error('keyPoints') ? true : undefined} aria-describedby={[describedBy('keyPoints'), 'keyPoints-hint'].filter(Boolean).join(' ')} className="input" />
          {fieldError('keyPoints')}
        </div>
        <div>
          <label htmlFor="changeNote" className="block font-bold">
            What changed
          </label>
          <input id="changeNote" name="changeNote" maxLength={300} defaultValue={typed('changeNote', values.changeNote)} className="input" />
        </div>
      </div>

      <aside aria-label="Publishing" className="space-y-5">
        <div className="space-y-2 rounded-lg border border-line bg-card p-4">
          <p className="text-base">
            Status: <b>{statusLabel(values.status)}</b>
          </p>
          <p role="status" aria-live="polite" className="text-sm text-muted">
            {autosave.message ?? ''}
          </p>
          {!isPublished ? <SaveButton intent="draft" label="Save draft" /> : null}
          {!isPublished ? <SaveButton intent="publish" label="Publish" isPrimary /> : null}
          {isPublished ? <SaveButton intent="update" label="Update" isPrimary /> : null}
          {values.status !== 'draft' ? <SaveButton intent="unpublish" label="Unpublish" /> : null}
          <SaveButton intent="preview" label="Preview" />
        </div>
        {!isPublished ? (
          <div className="rounded-lg border border-line bg-card p-4">
            <label htmlFor="scheduledAt" className="block font-bold">
              Publish at
            </label>
            <p id="scheduledAt-hint" className="text-sm text-muted">
              Time zone: {timeZone}
            </p>
            <input id="scheduledAt" name="scheduledAt" type="datetime-local" defaultValue={typed('scheduledAt', values.scheduledAt)} aria-invalid={error('scheduledAt') ? true : undefined} aria-describedby={[describedBy('scheduledAt'), 'scheduledAt-hint'].filter(Boolean).join(' ')} className="input" />
            {fieldError('scheduledAt')}
            <div className="mt-2">
              <SaveButton intent="schedule" label="Schedule" />
            </div>
          </div>
        ) : null}
        {isPost ? (
          <>
            <fieldset className="rounded-lg border border-line bg-card p-4">
              <legend className="font-bold">Categories</legend>
              <p className="text-sm text-muted">The first one ticked leads the breadcrumbs.</p>
              <CategoryTree categories={categories} parentId={null} checked={values.categoryIds} />
            </fieldset>
            <div className="rounded-lg border border-line bg-card p-4">
              <label htmlFor="tags" className="block font-bold">
                Tags
              </label>
              <p id="tags-hint" className="text-sm text-muted">
                Separate with commas; new tags are created for you.
              </p>
              <input id="tags" name="tags" defaultValue={typed('tags', values.tags)} aria-describedby={[describedBy('tags'), 'tags-hint'].filter(Boolean).join(' ')} className="input" />
              {fieldError('tags')}
            </div>
          </>
        ) : (
          <div className="rounded-lg border border-line bg-card p-4">
            <label htmlFor="parentId" className="block font-bold">
              Parent page
            </label>
            <select id="parentId" name="parentId" defaultValue={typed('parentId', String(values.parentId ?? ''))} aria-describedby={describedBy('parentId')} className="input">
              <option value="">(none: a top-level page)</option>
              {pages.map((page) => (
                <option key={page.id} value={page.id}>
                  {page.title || '(no title)'}
                </option>
              ))}
            </select>
            {fieldError('parentId')}
          </div>
        )}
        <div className="rounded-lg border border-line bg-card p-4">
          <label htmlFor="featuredMediaId" className="block font-bold">
            Featured image
          </label>
          <select id="featuredMediaId" name="featuredMediaId" defaultValue={typed('featuredMediaId', String(values.featuredMediaId ?? ''))} className="input">
            <option value="">(none)</option>
            {media.map((item) => (
              <option key={item.id} value={item.id}>
                {item.alt}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="space-y-2 rounded-lg border border-line bg-card p-4 text-base">
          <legend className="font-bold">Options</legend>
          <Checkbox name="commentsOpen" label="Allow comments" defaultChecked={values.commentsOpen} />
          <Checkbox name="isAffiliate" label="Contains affiliate links" defaultChecked={values.isAffiliate} />
          {isPost ? <Checkbox name="isSticky" label="Feature at the top of the home page" defaultChecked={values.isSticky} /> : null}
        </fieldset>
      </aside>
    </form>
  )
}

function statusLabel(status: PostStatus) {
  return { draft: 'Draft', published: 'Published', scheduled: 'Scheduled', trash: 'In the trash' }[status]
}

function SaveButton({ intent, label, isPrimary = false }: { intent: string; label: string; isPrimary?: boolean }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      className={isPrimary ? 'block w-full rounded bg-accent px-4 py-2 font-bold text-white hover:bg-accent-dark' : 'block w-full rounded border border-accent px-4 py-2 font-bold text-accent-dark hover:bg-accent-soft'}
    >
      {label}
    </button>
  )
}

function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <p className="flex items-start gap-2">
      <input id={name} name={name} type="checkbox" defaultChecked={defaultChecked} className="mt-1.5 h-4 w-4" />
      <label htmlFor={name}>{label}</label>
    </p>
  )
}

function CategoryTree({ categories, parentId, checked }: { categories: { id: number; name: string; parentId: number | null }[]; parentId: number | null; checked: number[] }) {
  const children = categories.filter((category) => category.parentId === parentId)
  if (children.length === 0) return null
  return (
    <ul className={parentId === null ? 'mt-2 space-y-1 text-base' : 'ml-5 space-y-1'}>
      {children.map((category) => (
        <li key={category.id}>
          <span className="flex items-start gap-2">
            <input id={`category-${category.id}`} name="categoryIds" type="checkbox" value={category.id} defaultChecked={checked.includes(category.id)} className="mt-1.5 h-4 w-4" />
            <label htmlFor={`category-${category.id}`}>{category.name}</label>
          </span>
          <CategoryTree categories={categories} parentId={category.id} checked={checked} />
        </li>
      ))}
    </ul>
  )
}
