'use client'

import { EditorContent } from '@tiptap/react'
import { ImagePanel } from './image-panel'
import { LinkPanel } from './link-panel'
import { Toolbar } from './toolbar'
import { toolbarItems } from './toolbar-items'
import { useRichTextEditor, type InsertImageRequest } from './use-rich-text-editor'

export type { InsertImageRequest } from './use-rich-text-editor'

export type RichTextEditorProps = {
  /** The form field name; a hidden input of that name always holds the current HTML. */
  name: string
  /** The visible label of the editing area. */
  label: string
  /** The stored HTML to start from (read once, when the editor is created). */
  initialHtml: string
  /** Called with the new HTML after every change the author makes (for autosave). */
  onHtmlChange?: (html: string) => void
  /** Each new non-null object is inserted once as a figure (pass a fresh object for every pick). */
  insertImage?: InsertImageRequest | null
  /** 'end': put the cursor at the end of the text once the editor is ready ("continue where you left off"). */
  autofocus?: 'end' | false
}

/**
 * The author's rich-text editor for post and page bodies, for use inside a form that posts to a
 * server action. Without JavaScript it falls back to a plain HTML textarea.
 */
export function RichTextEditor({ name, label, initialHtml, onHtmlChange, insertImage, autofocus = false }: RichTextEditorProps) {
  const { editor, html, ids, panel, togglePanel, closePanel, formats } = useRichTextEditor({ initialHtml, onHtmlChange, insertImage, autofocus })
  const items = editor ? toolbarItems(editor, formats, panel, togglePanel, ids) : []

  return (
    <div className="mt-1">
      {/* A contenteditable is not labelable, so the label names it through aria-labelledby. */}
      <label id={ids.label} className="block font-semibold" onClick={() => editor?.commands.focus()}>
        {label}
      </label>

      {editor ? (
        <>
          <Toolbar items={items} surfaceId={ids.surface} buttonIds={{ Link: ids.linkButton, Image: ids.imageButton }} />
          {panel === 'link' ? <LinkPanel id={ids.linkPanel} editor={editor} onClose={(refocus) => closePanel(refocus ? ids.linkButton : null)} /> : null}
          {panel === 'image' ? <ImagePanel id={ids.imagePanel} editor={editor} onClose={(refocus) => closePanel(refocus ? ids.imageButton : null)} /> : null}
        </>
      ) : null}

      <div className="mt-2">
        <EditorContent editor={editor} />
      </div>

      {/* Only while the editor runs: without JavaScript the textarea below is the field. */}
      {editor ? <input type="hidden" name={name} value={html} /> : null}
    </div>
  )
}
