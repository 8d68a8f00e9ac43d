import type { Editor } from '@tiptap/react'

export type Panel = 'link' | 'image' | null

export type ToolbarItem = {
  label: string
  onClick: () => void
  pressed?: boolean
  expanded?: boolean
  controls?: string
  disabled?: boolean
  keyShortcuts?: string
  className?: string
  /** Less used: behind the toolbar's "More" button on a phone. */
  isSecondary?: boolean
}

/** Which formats are on at the cursor, and whether undo and redo can run. */
export type ActiveFormats = {
  heading: boolean
  subheading: boolean
  bold: boolean
  italic: boolean
  bulletList: boolean
  orderedList: boolean
  quote: boolean
  pullQuote: boolean
  canUndo: boolean
  canRedo: boolean
}

export const NOTHING_ACTIVE: ActiveFormats = {
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

export function activeFormats(editor: Editor): ActiveFormats {
  return {
    heading: editor.isActive('heading', { level: 2 }),
    subheading: editor.isActive('heading', { level: 3 }),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    quote: editor.isActive('blockquote'),
    pullQuote: editor.isActive('pullQuote'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  }
}

// The toolbar's buttons, in order: each runs one editor command or opens a panel. On a phone the
// secondary ones wait behind "More", so the toolbar stays one short row above the keyboard.
export function toolbarItems(
  editor: Editor,
  state: ActiveFormats,
  panel: Panel,
  togglePanel: (panel: Exclude<Panel, null>) => void,
  ids: { linkPanel: string; imagePanel: string },
): ToolbarItem[] {
  return [
    {
      label: 'Heading',
      pressed: state.heading,
      keyShortcuts: 'Control+Alt+2 Meta+Alt+2',
      onClick: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      label: 'Subheading',
      isSecondary: true,
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
      controls: ids.linkPanel,
      onClick: () => togglePanel('link'),
    },
    {
      label: 'Bulleted list',
      pressed: state.bulletList,
      keyShortcuts: 'Control+Shift+8 Meta+Shift+8',
      onClick: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      label: 'Numbered list',
      isSecondary: true,
      pressed: state.orderedList,
      keyShortcuts: 'Control+Shift+7 Meta+Shift+7',
      onClick: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      label: 'Quote',
      isSecondary: true,
      pressed: state.quote,
      keyShortcuts: 'Control+Shift+B Meta+Shift+B',
      // A pull quote becomes a plain quote rather than nesting one inside the other.
      onClick: () => editor.chain().focus().lift('pullQuote').toggleBlockquote().run(),
    },
    {
      label: 'Pull quote',
      isSecondary: true,
      pressed: state.pullQuote,
      onClick: () => editor.chain().focus().lift('blockquote').togglePullQuote().run(),
    },
    {
      label: 'Image',
      isSecondary: true,
      expanded: panel === 'image',
      controls: ids.imagePanel,
      onClick: () => togglePanel('image'),
    },
    {
      label: 'References',
      isSecondary: true,
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
      isSecondary: true,
      disabled: !state.canRedo,
      keyShortcuts: 'Control+Shift+Z Meta+Shift+Z',
      onClick: () => editor.chain().focus().redo().run(),
    },
  ]
}
