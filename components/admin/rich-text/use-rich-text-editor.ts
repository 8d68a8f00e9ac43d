'use client'

import { useEditor, useEditorState } from '@tiptap/react'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { cn } from '@/lib/utils'
import { editorExtensions } from './extensions'
import { activeFormats, NOTHING_ACTIVE, type Panel } from './toolbar-items'

/** An image picked in the media library, to be inserted as a figure at the cursor. */
export type InsertImageRequest = {
  url: string
  alt: string
  caption: string
  width?: number | null
  height?: number | null
}

const SURFACE_CLASS = cn(
  'prose prose-lg max-w-none min-h-80 rounded-md border border-[#8a8278] bg-card px-4 py-3 text-ink',
  'prose-headings:text-ink prose-a:text-accent prose-blockquote:text-ink',
  'focus:outline-3 focus:outline-offset-2 focus:outline-accent',
  '[&_img]:h-auto [&_img]:max-w-full [&_figcaption]:text-muted',
  '[&_.ProseMirror-selectednode]:outline-3 [&_.ProseMirror-selectednode]:outline-offset-2 [&_.ProseMirror-selectednode]:outline-accent',
  '[&_.references_h2]:select-none',
)

// The editor's state: the Tiptap editor, the HTML it holds, the formats active at the cursor, the
// open panel, and the ids that tie the label, toolbar, panels and surface together.
export function useRichTextEditor({
  initialHtml,
  onHtmlChange,
  insertImage,
  autofocus = false,
}: {
  initialHtml: string
  onHtmlChange?: (html: string) => void
  insertImage?: InsertImageRequest | null
  autofocus?: 'end' | false
}) {
  const baseId = useId()
  const ids = {
    label: `${baseId}-label`,
    surface: `${baseId}-surface`,
    linkPanel: `${baseId}-link-panel`,
    imagePanel: `${baseId}-image-panel`,
    linkButton: `${baseId}-link-button`,
    imageButton: `${baseId}-image-button`,
  }

  const [html, setHtml] = useState(initialHtml)
  const [panel, setPanel] = useState<Panel>(null)
  const [extensions] = useState(editorExtensions)

  const editorProps = useMemo(
    () => ({
      attributes: {
        id: ids.surface,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': ids.label,
        class: SURFACE_CLASS,
      },
    }),
    [ids.surface, ids.label],
  )

  const editor = useEditor({
    extensions,
    content: initialHtml,
    autofocus,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps,
    onCreate: ({ editor: created }) => setHtml(created.getHTML()),
    onUpdate: ({ editor: updated }) => {
      const next = updated.getHTML()
      setHtml(next)
      onHtmlChange?.(next)
    },
  })

  const toggles = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? activeFormats(current) : null),
  })

  // The media library hands over a picked image; each new object is inserted exactly once.
  const insertedImage = useRef<InsertImageRequest | null>(null)
  useEffect(() => {
    if (!editor || !insertImage || insertedImage.current === insertImage) return
    insertedImage.current = insertImage
    editor
      .chain()
      .insertFigure({
        src: insertImage.url,
        alt: insertImage.alt,
        caption: insertImage.caption,
        width: insertImage.width == null ? null : String(insertImage.width),
        height: insertImage.height == null ? null : String(insertImage.height),
      })
      .run()
  }, [editor, insertImage])

  function togglePanel(which: Exclude<Panel, null>) {
    setPanel(panel === which ? null : which)
  }

  function closePanel(returnFocusTo: string | null) {
    setPanel(null)
    if (returnFocusTo) document.getElementById(returnFocusTo)?.focus()
  }

  return { editor, html, ids, panel, togglePanel, closePanel, formats: toggles ?? NOTHING_ACTIVE }
}
