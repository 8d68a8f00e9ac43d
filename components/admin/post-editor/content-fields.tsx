'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import { Field } from '@/components/ui/field'
import { MediaPicker } from '../media-picker'
import type { EditorFieldState, MediaItem } from './use-post-editor'
import { fieldLimits } from '@/lib/field-limits'

// The rich-text editor is its own chunk: only the editor screens load it.
const RichTextEditor = dynamic(() => import('../rich-text/rich-text-editor').then((module) => module.RichTextEditor), {
  loading: () => <p className="mt-2 text-muted">Loading the editor…</p>,
})

// The writing column: title, slug and body (with the media picker), the first thing on a phone.
export function ContentFields({
  fields,
  values,
  media,
  startAtEnd,
  onChange,
}: {
  fields: EditorFieldState
  values: { title: string; slug: string; body: string }
  media: MediaItem[]
  startAtEnd: boolean
  onChange: () => void
}) {
  const { typed, error } = fields
  const [insertImage, setInsertImage] = useState<Omit<MediaItem, 'id'> | null>(null)
  return (
    <>
      <Field id="title" name="title" label="Title" error={error('title')}>
        {(control) => <input {...control} defaultValue={typed('title', values.title)} maxLength={fieldLimits.post.title} className="input text-2xl" />}
      </Field>
      <Field id="slug" name="slug" label="Slug" hint="The web address. Leave it empty to make one from the title." error={error('slug')}>
        {(control) => <input {...control} defaultValue={typed('slug', values.slug)} maxLength={fieldLimits.post.slug} className="input" />}
      </Field>
      <RichTextEditor
        name="body"
        label="Body"
        initialHtml={typed('body', values.body)}
        onHtmlChange={onChange}
        insertImage={insertImage}
        autofocus={startAtEnd ? 'end' : false}
      />
      {/* The editor arrives as its own chunk after the page; without JavaScript it never does, so the
          body is a plain HTML field (the server sanitizes whatever arrives). */}
      <noscript>
        <label htmlFor="body-html" className="block font-bold">
          Body
        </label>
        <p id="body-html-hint" className="text-sm text-muted">
          The formatting toolbar needs JavaScript; you can still write the post in HTML here.
        </p>
        <textarea
          id="body-html"
          name="body"
          rows={20}
          defaultValue={typed('body', values.body)}
          aria-describedby="body-html-hint"
          className="input font-mono text-sm"
        />
      </noscript>
      {media.length > 0 ? (
        <details className="rounded border border-line bg-card p-3">
          <summary className="flex min-h-11 cursor-pointer items-center font-bold">Insert an uploaded image</summary>
          <MediaPicker items={media} onPick={(item) => setInsertImage({ ...item })} />
        </details>
      ) : null}
    </>
  )
}

// What readers see around the body (excerpt, key points): after the publishing panels on a phone,
// under the body from a desktop width up.
export function MoreContentFields({ fields, values }: { fields: EditorFieldState; values: { excerpt: string; keyPoints: string } }) {
  const { typed, error } = fields
  return (
    <>
      <Field id="excerpt" name="excerpt" label="Excerpt" error={error('excerpt')}>
        {(control) => <textarea {...control} rows={3} maxLength={fieldLimits.post.excerpt} defaultValue={typed('excerpt', values.excerpt)} className="input" />}
      </Field>
      <Field
        id="keyPoints"
        name="keyPoints"
        label="Key points"
        hint="3 to 5 short lines, one per line, shown above the post. Leave empty for none."
        error={error('keyPoints')}
      >
        {(control) => <textarea {...control} rows={5} defaultValue={typed('keyPoints', values.keyPoints)} className="input" />}
      </Field>
    </>
  )
}
