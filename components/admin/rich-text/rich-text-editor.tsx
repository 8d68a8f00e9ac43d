'use client'

import { NodeSelection } from '@tiptap/pm/state'
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { cn } from '@/lib/utils'
import { isAcceptedImageAddress, isAcceptedLinkAddress } from '@/lib/content/urls'
import { relForLink } from './addresses'
import { editorExtensions } from './extensions'

/** An image picked in the media library, to be inserted as a figure at the cursor. */
export type InsertImageRequest = {
  url: string
  alt: string
  caption: string
  width?: number | null
  height?: number | null
}

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
}

type Panel = 'link' | 'image' | null

const NOTHING_ACTIVE = {
  heading: false,
  subheading: false,
  bold: false,
  italic: false,
  bulletList: false,
  orderedList: false,
  quote: false,
  pullQuote: false,
  canUndo: false,
  canRedo: false,
}

const SURFACE_CLASS = cn(
  'prose prose-lg max-w-none min-h-80 rounded-md border border-[#8a8278] bg-card px-4 py-3 text-ink',
  'prose-headings:text-ink prose-a:text-accent prose-blockquote:text-ink',
  'focus:outline-3 focus:outline-offset-2 focus:outline-accent',
  '[&_img]:h-auto [&_img]:max-w-full [&_figcaption]:text-muted',
  '[&_.ProseMirror-selectednode]:outline-3 [&_.ProseMirror-selectednode]:outline-offset-2 [&_.ProseMirror-selectednode]:outline-accent',
  '[&_.references_h2]:select-none',
)

const BUTTON_CLASS = cn(
  'min-h-11 rounded-md border border-[#8a8278] bg-card px-3 text-base text-ink',
  'not-aria-pressed:hover:bg-accent-soft aria-pressed:border-accent-dark aria-pressed:bg-accent aria-pressed:text-white',
  'aria-expanded:border-accent aria-expanded:bg-accent-soft aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
)

const PANEL_BUTTON_CLASS = 'min-h-11 rounded-md border border-[#8a8278] bg-card px-3 text-base hover:bg-accent-soft disabled:opacity-50'
const PANEL_PRIMARY_CLASS = 'min-h-11 rounded-md bg-accent px-4 text-base font-semibold text-white hover:bg-accent-dark'

type ToolbarItem = {
  label: string
  onClick: () => void
  pressed?: boolean
  expanded?: boolean
  controls?: string
  disabled?: boolean
  keyShortcuts?: string
  className?: string
}

/**
 * The author's rich-text editor for post and page bodies, for use inside a form that posts to a
 * server action. Without JavaScript it falls back to a plain HTML textarea.
 */
export function RichTextEditor({ name, label, initialHtml, onHtmlChange, insertImage }: RichTextEditorProps) {
  const baseId = useId()
  const labelId = `${baseId}-label`
  const surfaceId = `${baseId}-surface`
  const linkPanelId = `${baseId}-link-panel`
  const imagePanelId = `${baseId}-image-panel`
  const linkButtonId = `${baseId}-link-button`
  const imageButtonId = `${baseId}-image-button`

  const [html, setHtml] = useState(initialHtml)
  const [panel, setPanel] = useState<Panel>(null)
  const [focusIndex, setFocusIndex] = useState(0)
  const [extensions] = useState(editorExtensions)

  const editorProps = useMemo(
    () => ({
      attributes: {
        id: surfaceId,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        class: SURFACE_CLASS,
      },
    }),
    [surfaceId, labelId],
  )

  const editor = useEditor({
    extensions,
    content: initialHtml,
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
    selector: ({ editor: current }) =>
      current
        ? {
            heading: current.isActive('heading', { level: 2 }),
            subheading: current.isActive('heading', { level: 3 }),
            bold: current.isActive('bold'),
            italic: current.isActive('italic'),
            bulletList: current.isActive('bulletList'),
            orderedList: current.isActive('orderedList'),
            quote: current.isActive('blockquote'),
            pullQuote: current.isActive('pullQuote'),
            canUndo: current.can().undo(),
            canRedo: current.can().redo(),
          }
        : null,
  })
  const state = toggles ?? NOTHING_ACTIVE

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

  function closePanel(returnFocusTo: string | null) {
    setPanel(null)
    if (returnFocusTo) document.getElementById(returnFocusTo)?.focus()
  }

  const items: ToolbarItem[] = editor
    ? [
        {
          label: 'Heading',
          pressed: state.heading,
          keyShortcuts: 'Control+Alt+2 Meta+Alt+2',
          onClick: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
        },
        {
          label: 'Subheading',
          pressed: state.subheading,
          keyShortcuts: 'Control+Alt+3 Meta+Alt+3',
          onClick: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
        },
        {
          label: 'Bold',
          pressed: state.bold,
          keyShortcuts: 'Control+B Meta+B',
          className: 'font-bold',
          onClick: () => editor.chain().focus().toggleBold().run(),
        },
        {
          label: 'Italic',
          pressed: state.italic,
          keyShortcuts: 'Control+I Meta+I',
          className: 'italic',
          onClick: () => editor.chain().focus().toggleItalic().run(),
        },
        {
          label: 'Link',
          expanded: panel === 'link',
          controls: linkPanelId,
          onClick: () => setPanel(panel === 'link' ? null : 'link'),
        },
        {
          label: 'Bulleted list',
          pressed: state.bulletList,
          keyShortcuts: 'Control+Shift+8 Meta+Shift+8',
          onClick: () => editor.chain().focus().toggleBulletList().run(),
        },
        {
          label: 'Numbered list',
          pressed: state.orderedList,
          keyShortcuts: 'Control+Shift+7 Meta+Shift+7',
          onClick: () => editor.chain().focus().toggleOrderedList().run(),
        },
        {
          label: 'Quote',
          pressed: state.quote,
          keyShortcuts: 'Control+Shift+B Meta+Shift+B',
          // A pull quote becomes a plain quote rather than nesting one inside the other.
          onClick: () => editor.chain().focus().lift('pullQuote').toggleBlockquote().run(),
        },
        {
          label: 'Pull quote',
          pressed: state.pullQuote,
          onClick: () => editor.chain().focus().lift('blockquote').togglePullQuote().run(),
        },
        {
          label: 'Image',
          expanded: panel === 'image',
          controls: imagePanelId,
          onClick: () => setPanel(panel === 'image' ? null : 'image'),
        },
        {
          label: 'References',
          onClick: () => editor.chain().focus().insertReferences().run(),
        },
        {
          label: 'Undo',
          disabled: !state.canUndo,
          keyShortcuts: 'Control+Z Meta+Z',
          onClick: () => editor.chain().focus().undo().run(),
        },
        {
          label: 'Redo',
          disabled: !state.canRedo,
          keyShortcuts: 'Control+Shift+Z Meta+Shift+Z',
          onClick: () => editor.chain().focus().redo().run(),
        },
      ]
    : []

  // One tab stop for the whole toolbar; arrow keys, Home and End move between its buttons.
  function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button'))
    const current = buttons.findIndex((button) => button === document.activeElement)
    if (current === -1) return
    const next =
      event.key === 'ArrowRight' ? (current + 1) % buttons.length
      : event.key === 'ArrowLeft' ? (current - 1 + buttons.length) % buttons.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? buttons.length - 1
      : null
    if (next === null) return
    event.preventDefault()
    buttons[next]?.focus()
  }

  return (
    <div className="mt-1">
      {/* A contenteditable is not labelable, so the label names it through aria-labelledby. */}
      <label id={labelId} className="block font-semibold" onClick={() => editor?.commands.focus()}>
        {label}
      </label>

      {editor ? (
        <>
          <div
            role="toolbar"
            aria-label="Formatting"
            aria-controls={surfaceId}
            onKeyDown={onToolbarKeyDown}
            className="sticky top-0 z-10 mt-2 flex flex-wrap gap-1 rounded-md border border-line bg-paper p-1"
          >
            {items.map((item, index) => (
              <button
                key={item.label}
                id={item.label === 'Link' ? linkButtonId : item.label === 'Image' ? imageButtonId : undefined}
                type="button"
                tabIndex={index === Math.min(focusIndex, items.length - 1) ? 0 : -1}
                aria-pressed={item.pressed}
                aria-expanded={item.expanded}
                aria-controls={item.expanded ? item.controls : undefined}
                aria-disabled={item.disabled ? true : undefined}
                aria-keyshortcuts={item.keyShortcuts}
                onFocus={() => setFocusIndex(index)}
                onClick={() => {
                  if (!item.disabled) item.onClick()
                }}
                className={cn(BUTTON_CLASS, item.className)}
              >
                {item.label}
              </button>
            ))}
          </div>

          {panel === 'link' ? (
            <LinkPanel id={linkPanelId} editor={editor} onClose={(refocus) => closePanel(refocus ? linkButtonId : null)} />
          ) : null}
          {panel === 'image' ? (
            <ImagePanel id={imagePanelId} editor={editor} onClose={(refocus) => closePanel(refocus ? imageButtonId : null)} />
          ) : null}
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

type PanelProps = {
  id: string
  editor: Editor
  /** Closes the panel; true returns focus to the toolbar button that opened it. */
  onClose: (returnFocus: boolean) => void
}

function PanelFrame({ id, title, onKeyDown, children }: { id: string; title: string; onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void; children: ReactNode }) {
  return (
    <div id={id} role="group" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown} className="mt-2 space-y-3 rounded-md border border-line bg-card p-3">
      <p id={`${id}-title`} className="font-semibold">
        {title}
      </p>
      {children}
    </div>
  )
}

// The panels sit inside the post's <form>: Enter in their inputs must run the panel's action, not
// submit the post, and their inputs have no name so they are never posted.
function panelKeys(event: KeyboardEvent<HTMLDivElement>, onEnter: () => void, onEscape: () => void) {
  if (event.key === 'Escape') {
    event.preventDefault()
    onEscape()
  } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
    event.preventDefault()
    onEnter()
  }
}

function LinkPanel({ id, editor, onClose }: PanelProps) {
  const [current] = useState(() => editor.getAttributes('link') as { href?: string | null; rel?: string | null })
  const [href, setHref] = useState(current.href ?? '')
  const [affiliate, setAffiliate] = useState(() => (current.rel ?? '').toLowerCase().split(/\s+/).includes('sponsored'))
  const [error, setError] = useState<string | null>(null)
  const hasLink = Boolean(current.href)
  const inputId = `${id}-address`
  const hintId = `${id}-hint`
  const errorId = `${id}-error`

  function apply() {
    const address = href.trim()
    if (!isAcceptedLinkAddress(address)) {
      setError('This address can’t be used. Start it with https://, http:// or mailto:, or with / for a page on this site.')
      document.getElementById(inputId)?.focus()
      return
    }
    const rel = relForLink(current.rel, affiliate)
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the link text.
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: address, marks: [{ type: 'link', attrs: { href: address, rel } }] })
        .unsetMark('link')
        .run()
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: address, rel }).run()
    }
    onClose(false)
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose(false)
  }

  return (
    <PanelFrame id={id} title={hasLink ? 'Edit link' : 'Add a link'} onKeyDown={(event) => panelKeys(event, apply, () => onClose(true))}>
      <div>
        <label htmlFor={inputId} className="block font-semibold">
          Link address
        </label>
        <p id={hintId} className="text-sm text-muted">
          A web address (https://…), an email link (mailto:…) or a page on this site (/…).
        </p>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={href}
          onChange={(event) => {
            setHref(event.target.value)
            setError(null)
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          className="input"
        />
        {error ? (
          <p id={errorId} role="alert" className="mt-1 text-sm font-semibold text-accent-dark">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex items-start gap-2">
        <input id={`${id}-affiliate`} type="checkbox" checked={affiliate} onChange={(event) => setAffiliate(event.target.checked)} aria-describedby={`${id}-affiliate-hint`} className="mt-1.5 size-5" />
        <div>
          <label htmlFor={`${id}-affiliate`} className="font-semibold">
            Affiliate link
          </label>
          <p id={`${id}-affiliate-hint`} className="text-sm text-muted">
            Marks the link as paid (rel=&quot;sponsored nofollow&quot;), so the post shows the affiliate notice.
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={apply} className={PANEL_PRIMARY_CLASS}>
          Apply
        </button>
        <button type="button" onClick={remove} disabled={!hasLink} className={PANEL_BUTTON_CLASS}>
          Remove link
        </button>
        <button type="button" onClick={() => onClose(true)} className={PANEL_BUTTON_CLASS}>
          Cancel
        </button>
      </div>
    </PanelFrame>
  )
}

type FigureFields = { src: string; alt: string; caption: string; width: string | null; height: string | null }

function selectedFigure(editor: Editor): FigureFields | null {
  const { selection } = editor.state
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'figure') return null
  const attrs = selection.node.attrs as Partial<Record<keyof FigureFields, string | null>>
  return { src: attrs.src ?? '', alt: attrs.alt ?? '', caption: attrs.caption ?? '', width: attrs.width ?? null, height: attrs.height ?? null }
}

function ImagePanel({ id, editor, onClose }: PanelProps) {
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

  const describedBy = (name: 'src' | 'alt') => [field(`${name}-hint`), errors[name] ? field(`${name}-error`) : null].filter(Boolean).join(' ')

  return (
    <PanelFrame id={id} title={selected ? 'Change the selected image' : 'Insert an image'} onKeyDown={(event) => panelKeys(event, insert, () => onClose(true))}>
      <div>
        <label htmlFor={field('src')} className="block font-semibold">
          Image address
        </label>
        <p id={field('src-hint')} className="text-sm text-muted">
          A file from the media library (/media/…) or a web address (https://…).
        </p>
        <input
          id={field('src')}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={src}
          onChange={(event) => {
            setSrc(event.target.value)
            setErrors((current) => ({ ...current, src: undefined }))
          }}
          aria-invalid={errors.src ? true : undefined}
          aria-describedby={describedBy('src')}
          className="input"
        />
        {errors.src ? (
          <p id={field('src-error')} role="alert" className="mt-1 text-sm font-semibold text-accent-dark">
            {errors.src}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={field('alt')} className="block font-semibold">
          Alt text
        </label>
        <p id={field('alt-hint')} className="text-sm text-muted">
          Required. Describes the image for people who cannot see it; screen readers read it aloud. Say what matters for this post, for example “A bowl of lentil soup on a tray”.
        </p>
        <input
          id={field('alt')}
          type="text"
          autoComplete="off"
          value={alt}
          onChange={(event) => {
            setAlt(event.target.value)
            setErrors((current) => ({ ...current, alt: undefined }))
          }}
          aria-required="true"
          aria-invalid={errors.alt ? true : undefined}
          aria-describedby={describedBy('alt')}
          className="input"
        />
        {errors.alt ? (
          <p id={field('alt-error')} role="alert" className="mt-1 text-sm font-semibold text-accent-dark">
            {errors.alt}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={field('caption')} className="block font-semibold">
          Caption
        </label>
        <p id={field('caption-hint')} className="text-sm text-muted">
          Optional. Shown under the image for everyone.
        </p>
        <input id={field('caption')} type="text" autoComplete="off" value={caption} onChange={(event) => setCaption(event.target.value)} aria-describedby={field('caption-hint')} className="input" />
      </div>
      {selected ? <p className="text-sm text-muted">Inserting replaces the selected image.</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={insert} className={PANEL_PRIMARY_CLASS}>
          Insert image
        </button>
        <button type="button" onClick={() => onClose(true)} className={PANEL_BUTTON_CLASS}>
          Cancel
        </button>
      </div>
    </PanelFrame>
  )
}
