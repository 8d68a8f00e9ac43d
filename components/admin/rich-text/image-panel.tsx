'use client'

import { NodeSelection } from '@tiptap/pm/state'
import type { Editor } from '@tiptap/react'
import { useState } from 'react'
import { isAcceptedImageAddress } from '@/lib/content/urls'
import { AddressField, PanelActions, PanelField, PanelFrame, panelKeys, type PanelProps } from './panel-frame'

type FigureFields = { src: string; alt: string; caption: string; width: string | null; height: string | null }

function selectedFigure(editor: Editor): FigureFields | null {
  const { selection } = editor.state
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'figure') return null
  const attrs = selection.node.attrs as Partial<Record<keyof FigureFields, string | null>>
  return { src: attrs.src ?? '', alt: attrs.alt ?? '', caption: attrs.caption ?? '', width: attrs.width ?? null, height: attrs.height ?? null }
}

// Inserts a figure by address, or changes the selected one; the alt text is required.
export function ImagePanel({ id, editor, onClose }: PanelProps) {
  const [selected] = useState(() => selectedFigure(editor))
  const [src, setSrc] = useState(selected?.src ?? '')
  const [alt, setAlt] = useState(selected?.alt ?? '')
  const [caption, setCaption] = useState(selected?.caption ?? '')
  const [errors, setErrors] = useState<{ src?: string; alt?: string }>({})
  const field = (name: string) => `${id}-${name}`

  function insert() {
    const next = {
      src: isAcceptedImageAddress(src) ? undefined : 'Use a web address starting with https:// or http://, or a media library file (/media/…).',
      alt: alt.trim() !== '' ? undefined : 'Write the alt text: a short description of the image.',
    }
    if (next.src || next.alt) {
      setErrors(next)
      document.getElementById(field(next.src ? 'src' : 'alt'))?.focus()
      return
    }
    const sameImage = selected !== null && selected.src === src.trim()
    editor
      .chain()
      .focus()
      .insertFigure({ src: src.trim(), alt, caption, width: sameImage ? selected.width : null, height: sameImage ? selected.height : null })
      .run()
    onClose(false)
  }

  return (
    <PanelFrame id={id} title={selected ? 'Change the selected image' : 'Insert an image'} onKeyDown={(event) => panelKeys(event, insert, () => onClose(true))}>
      <AddressField
        id={field('src')}
        label="Image address"
        hint="A file from the media library (/media/…) or a web address (https://…)."
        error={errors.src}
        value={src}
        onChange={(value) => {
          setSrc(value)
          setErrors((current) => ({ ...current, src: undefined }))
        }}
      />
      <PanelField
        id={field('alt')}
        label="Alt text"
        hint="Required. Describes the image for people who cannot see it; screen readers read it aloud. Say what matters for this post, for example “A bowl of lentil soup on a tray”."
        error={errors.alt}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={alt}
            onChange={(event) => {
              setAlt(event.target.value)
              setErrors((current) => ({ ...current, alt: undefined }))
            }}
            aria-required="true"
            className="input"
          />
        )}
      </PanelField>
      <PanelField id={field('caption')} label="Caption" hint="Optional. Shown under the image for everyone.">
        {(control) => (
          <input {...control} type="text" autoComplete="off" value={caption} onChange={(event) => setCaption(event.target.value)} className="input" />
        )}
      </PanelField>
      {selected ? <p className="text-sm text-muted">Inserting replaces the selected image.</p> : null}
      <PanelActions label="Insert image" onAction={insert} onCancel={() => onClose(true)} />
    </PanelFrame>
  )
}
