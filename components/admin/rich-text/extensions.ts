import { mergeAttributes, Node, type Extensions } from '@tiptap/core'
import type { DOMOutputSpec, Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Selection, TextSelection } from '@tiptap/pm/state'
import StarterKit from '@tiptap/starter-kit'

import { isSafeHref, isSafeImageSrc } from '@/lib/content/urls'

// The body's schema. Everything it serializes is inside lib/content/sanitize.ts's allow-list, so a
// save through the sanitizer changes nothing, and everything the sanitizer lets through that the
// editor knows parses back (tables, spans, divs and other imported markup are reduced to text).

export interface FigureAttributes {
  src: string
  alt: string
  caption?: string
  width?: string | null
  height?: string | null
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image with its alt text and optional caption, replacing a selected image. */
      insertFigure: (attributes: FigureAttributes) => ReturnType
    }
    pullQuote: {
      /** Wraps the selected paragraphs in a pull quote, or unwraps them. */
      togglePullQuote: () => ReturnType
    }
    references: {
      /** Adds the references list at the end of the post, or moves the cursor to its last item. */
      insertReferences: () => ReturnType
    }
  }
}

function firstImage(element: HTMLElement): HTMLElement | null {
  if (element.nodeName === 'IMG') return element
  return element.querySelector('img')
}

function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

function imageAttribute(name: string) {
  return (element: HTMLElement): string | null => firstImage(element)?.getAttribute(name) ?? null
}

/**
 * An image with alt text and an optional plain-text caption:
 * `<figure><img src alt><figcaption>caption</figcaption></figure>`, no figcaption when it is empty.
 * A bare `<img>` parses into a figure without a caption, so every image can be edited the same way.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: null, rendered: false, parseHTML: imageAttribute('src') },
      alt: { default: '', rendered: false, parseHTML: (element) => imageAttribute('alt')(element) ?? '' },
      width: { default: null, rendered: false, parseHTML: imageAttribute('width') },
      height: { default: null, rendered: false, parseHTML: imageAttribute('height') },
      caption: {
        default: '',
        rendered: false,
        parseHTML: (element) => (element.nodeName === 'FIGURE' ? cleanText(element.querySelector('figcaption')?.textContent) : ''),
      },
    }
  },

  parseHTML() {
    const hasSafeImage = (element: HTMLElement) => {
      const src = firstImage(element)?.getAttribute('src')
      return src && isSafeImageSrc(src) ? null : false
    }
    return [
      { tag: 'figure', getAttrs: hasSafeImage },
      { tag: 'img', getAttrs: hasSafeImage },
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as { src: string | null; alt: string | null; width: string | null; height: string | null; caption: string | null }
    const image: DOMOutputSpec = ['img', { src: attrs.src, alt: attrs.alt ?? '', width: attrs.width, height: attrs.height }]
    const caption = cleanText(attrs.caption)
    return caption === '' ? ['figure', HTMLAttributes, image] : ['figure', HTMLAttributes, image, ['figcaption', caption]]
  },

  addCommands() {
    return {
      insertFigure:
        ({ src, alt, caption = '', width = null, height = null }) =>
        ({ commands }) => {
          if (!isSafeImageSrc(src)) return false
          return commands.insertContent({ type: this.name, attrs: { src: src.trim(), alt: alt.trim(), caption: cleanText(caption), width, height } })
        },
    }
  },
})

/** `<blockquote class="pull-quote"><p>…</p></blockquote>`; a plain `<blockquote>` stays a quote. */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  parseHTML() {
    // Above the blockquote rule (priority 50), which would otherwise take it.
    return [{ tag: 'blockquote.pull-quote', priority: 60 }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes(HTMLAttributes, { class: 'pull-quote' }), 0]
  },

  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    }
  },
})

/** One entry of the references list: `<li>…</li>` with text, links and emphasis. */
export const ReferenceItem = Node.create({
  name: 'referenceItem',
  content: 'inline*',
  defining: true,

  parseHTML() {
    return [
      {
        tag: 'li',
        context: 'references/',
        priority: 60,
        // Imported lists sometimes wrap each entry in a paragraph: read the paragraph's text.
        contentElement: (element: HTMLElement) => {
          const elements = Array.from(element.childNodes).filter((child) => child.nodeType === 1 || cleanText(child.textContent) !== '')
          const only = elements[0]
          return elements.length === 1 && only?.nodeName === 'P' ? (only as HTMLElement) : element
        },
      },
    ]
  },

  renderHTML({ HTMLAttributes }) {
    return ['li', HTMLAttributes, 0]
  },
})

function referencesAround(selection: Selection) {
  const { $from, empty } = selection
  if (!empty || $from.depth < 2 || $from.parent.type.name !== ReferenceItem.name) return null
  return { item: $from.parent, list: $from.node(-1), listPos: $from.before(-1), index: $from.index(-1) }
}

/**
 * `<section class="references"><h2>References</h2><ol><li>…</li></ol></section>`. The heading is
 * fixed (its text kept from imported html); the entries are edited in place.
 */
export const References = Node.create({
  name: 'references',
  group: 'block',
  content: 'referenceItem+',
  defining: true,
  // Backspace at the start of the first entry must not merge the list into the paragraph above.
  isolating: true,

  addAttributes() {
    return {
      title: {
        default: 'References',
        rendered: false,
        parseHTML: (element) => cleanText(element.querySelector('h2, h3, h4')?.textContent) || 'References',
      },
    }
  },

  parseHTML() {
    return [
      {
        tag: 'section.references',
        getAttrs: (element) => (element.querySelector('ol') ? null : false),
        contentElement: (element: HTMLElement) => element.querySelector('ol') ?? element,
      },
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const title = cleanText((node.attrs as { title: string | null }).title) || 'References'
    return ['section', mergeAttributes(HTMLAttributes, { class: 'references' }), ['h2', title], ['ol', 0]]
  },

  addNodeView() {
    // In the editor the heading is shown but not editable; only the list is.
    return ({ node }) => {
      const dom = document.createElement('section')
      dom.className = 'references'
      const heading = document.createElement('h2')
      heading.contentEditable = 'false'
      heading.textContent = cleanText((node.attrs as { title: string | null }).title) || 'References'
      const list = document.createElement('ol')
      dom.append(heading, list)
      return {
        dom,
        contentDOM: list,
        ignoreMutation: (mutation) => mutation.type !== 'selection' && !list.contains(mutation.target),
      }
    }
  },

  addCommands() {
    return {
      insertReferences:
        () =>
        ({ state, tr, dispatch }) => {
          let existing: { node: ProseMirrorNode; pos: number } | null = null
          state.doc.descendants((node, pos) => {
            if (existing) return false
            if (node.type === this.type) existing = { node, pos }
            return existing === null
          })
          if (!dispatch) return true
          const found = existing as { node: ProseMirrorNode; pos: number } | null
          if (found) {
            // The end of the last entry's text.
            tr.setSelection(TextSelection.create(tr.doc, found.pos + found.node.nodeSize - 2))
          } else {
            const section = this.type.createAndFill()
            if (!section) return false
            const last = tr.doc.lastChild
            const replaceLast = last?.type.name === 'paragraph' && last.content.size === 0
            const from = replaceLast ? tr.doc.content.size - (last?.nodeSize ?? 0) : tr.doc.content.size
            tr.replaceWith(from, tr.doc.content.size, section)
            tr.setSelection(TextSelection.create(tr.doc, from + section.nodeSize - 2))
          }
          tr.scrollIntoView()
          return true
        },
    }
  },

  addKeyboardShortcuts() {
    // Enter in an empty last entry leaves the list; Enter or Backspace in the only, empty entry
    // removes the section (leaving an empty paragraph in its place).
    const leave = (removeOnlyWhenSole: boolean) =>
      this.editor.commands.command(({ state, tr, dispatch }) => {
        const around = referencesAround(state.selection)
        if (!around || around.item.content.size > 0) return false
        const sole = around.list.childCount === 1
        const last = around.index === around.list.childCount - 1
        if (removeOnlyWhenSole ? !sole : !last) return false
        if (!dispatch) return true
        const paragraph = state.schema.nodes.paragraph?.create()
        if (!paragraph) return false
        const listEnd = around.listPos + around.list.nodeSize
        if (sole) {
          tr.replaceWith(around.listPos, listEnd, paragraph)
          tr.setSelection(TextSelection.create(tr.doc, around.listPos + 1))
        } else {
          const itemPos = state.selection.$from.before()
          tr.insert(listEnd, paragraph)
          tr.delete(itemPos, itemPos + around.item.nodeSize)
          tr.setSelection(Selection.near(tr.doc.resolve(listEnd - around.item.nodeSize + 1)))
        }
        tr.scrollIntoView()
        return true
      })
    return {
      Enter: () => leave(false),
      Backspace: () => leave(true),
    }
  },
})

/** The editor's full extension list, for the browser editor, headless tests or the server. */
export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      // The post title is the page's only h1.
      heading: { levels: [2, 3, 4, 5, 6] },
      // No empty paragraph forced after a closing image, list or references section.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // No target, default rel or class: the sanitizer would drop target, and rel is the author's.
        HTMLAttributes: { target: null, rel: null, class: null },
        isAllowedUri: (url) => isSafeHref(url),
      },
    }),
    Figure,
    PullQuote,
    References,
    ReferenceItem,
  ]
}
