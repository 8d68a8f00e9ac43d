// A deliberately small DOM for the editor's Vitest tests. The project has no jsdom, happy-dom or
// @tiptap/html, and Tiptap's generateHTML / generateJSON need `document` and `window.DOMParser`.
// This covers what ProseMirror's DOMParser and DOMSerializer touch, for well-formed html only
// (no implied end tags, no raw-text elements); the selector engine knows tag, .class, [attr],
// [attr="v"], [attr^="v"], :not(...) and comma lists, and throws on anything else so a test can
// never pass by silently misreading a selector. Replace it with happy-dom when that is installed.

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;')
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;')
}

class FakeNode {
  parentNode: FakeNode | null = null
  childNodes: FakeNode[] = []

  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly ownerDocument: FakeDocument | null,
  ) {}

  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null
  }

  get lastChild(): FakeNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null
  }

  get nextSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes ?? []
    return siblings[siblings.indexOf(this) + 1] ?? null
  }

  get previousSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes ?? []
    const index = siblings.indexOf(this)
    return index > 0 ? (siblings[index - 1] ?? null) : null
  }

  get textContent(): string {
    return this.childNodes.map((child) => child.textContent).join('')
  }

  appendChild<T extends FakeNode>(child: T): T {
    if (child.nodeType === 11) {
      for (const grandchild of [...child.childNodes]) this.appendChild(grandchild)
      return child
    }
    child.parentNode?.removeChild(child)
    child.parentNode = this
    this.childNodes.push(child)
    return child
  }

  append(...children: FakeNode[]): void {
    for (const child of children) this.appendChild(child)
  }

  insertBefore<T extends FakeNode>(child: T, reference: FakeNode | null): T {
    if (reference === null) return this.appendChild(child)
    child.parentNode?.removeChild(child)
    child.parentNode = this
    this.childNodes.splice(this.childNodes.indexOf(reference), 0, child)
    return child
  }

  removeChild<T extends FakeNode>(child: T): T {
    this.childNodes = this.childNodes.filter((node) => node !== child)
    child.parentNode = null
    return child
  }

  contains(other: FakeNode | null): boolean {
    for (let node = other; node; node = node.parentNode) if (node === this) return true
    return false
  }
}

class FakeText extends FakeNode {
  constructor(
    public nodeValue: string,
    ownerDocument: FakeDocument | null,
  ) {
    super(3, '#text', ownerDocument)
  }

  override get textContent(): string {
    return this.nodeValue
  }
}

class FakeFragment extends FakeNode {
  constructor(ownerDocument: FakeDocument | null) {
    super(11, '#document-fragment', ownerDocument)
  }
}

type Compound = (element: FakeElement) => boolean

function parseCompound(selector: string, whole: string): Compound {
  const tests: Compound[] = []
  let rest = selector
  while (rest !== '') {
    let match: RegExpExecArray | null
    if ((match = /^([a-z][a-z0-9-]*|\*)/i.exec(rest))) {
      const tag = (match[1] ?? '').toUpperCase()
      if (tag !== '*') tests.push((element) => element.nodeName === tag)
    } else if ((match = /^\.([\w-]+)/.exec(rest))) {
      const name = match[1] ?? ''
      tests.push((element) => (element.getAttribute('class') ?? '').split(/\s+/).includes(name))
    } else if ((match = /^\[([\w-]+)(?:(\^?=)"([^"]*)")?\]/.exec(rest))) {
      const [, attribute = '', operator, expected = ''] = match
      tests.push((element) => {
        const value = element.getAttribute(attribute)
        if (value === null) return false
        if (operator === '=') return value === expected
        if (operator === '^=') return value.startsWith(expected)
        return true
      })
    } else if ((match = /^:not\(([^()]*)\)/.exec(rest))) {
      const inner = parseSelector(match[1] ?? '')
      tests.push((element) => !inner(element))
    } else {
      throw new Error(`test-dom: unsupported selector "${whole}"`)
    }
    rest = rest.slice(match[0].length)
  }
  return (element) => tests.every((test) => test(element))
}

function parseSelector(selector: string): Compound {
  const alternatives = selector.split(',').map((part) => part.trim())
  if (alternatives.some((part) => part === '' || /\s/.test(part))) throw new Error(`test-dom: unsupported selector "${selector}"`)
  const compounds = alternatives.map((part) => parseCompound(part, selector))
  return (element) => compounds.some((compound) => compound(element))
}

class FakeElement extends FakeNode {
  private readonly attributeMap = new Map<string, string>()
  readonly style = { length: 0, cssText: '', getPropertyValue: () => '' }

  constructor(tagName: string, ownerDocument: FakeDocument | null) {
    super(1, tagName.toUpperCase(), ownerDocument)
  }

  get tagName(): string {
    return this.nodeName
  }

  get children(): FakeElement[] {
    return this.childNodes.filter((child): child is FakeElement => child instanceof FakeElement)
  }

  getAttribute(name: string): string | null {
    return this.attributeMap.get(name.toLowerCase()) ?? null
  }

  hasAttribute(name: string): boolean {
    return this.attributeMap.has(name.toLowerCase())
  }

  setAttribute(name: string, value: unknown): void {
    this.attributeMap.set(name.toLowerCase(), String(value))
  }

  setAttributeNS(_namespace: string, name: string, value: unknown): void {
    this.setAttribute(name, value)
  }

  removeAttribute(name: string): void {
    this.attributeMap.delete(name.toLowerCase())
  }

  matches(selector: string): boolean {
    return parseSelector(selector)(this)
  }

  querySelectorAll(selector: string): FakeElement[] {
    const test = parseSelector(selector)
    const found: FakeElement[] = []
    const walk = (node: FakeNode) => {
      for (const child of node.childNodes) {
        if (child instanceof FakeElement) {
          if (test(child)) found.push(child)
          walk(child)
        }
      }
    }
    walk(this)
    return found
  }

  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null
  }

  get outerHTML(): string {
    const tag = this.nodeName.toLowerCase()
    const attributes = [...this.attributeMap].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')
    return VOID_ELEMENTS.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${this.innerHTML}</${tag}>`
  }

  get innerHTML(): string {
    return this.childNodes
      .map((child) => (child instanceof FakeElement ? child.outerHTML : child instanceof FakeText ? escapeText(child.nodeValue) : ''))
      .join('')
  }
}

class FakeDocument {
  readonly implementation = { createHTMLDocument: () => new FakeDocument() }

  createElement(tagName: string): FakeElement {
    return new FakeElement(tagName, this)
  }

  createElementNS(_namespace: string | null, tagName: string): FakeElement {
    return new FakeElement(tagName, this)
  }

  createTextNode(text: string): FakeText {
    return new FakeText(text, this)
  }

  createDocumentFragment(): FakeFragment {
    return new FakeFragment(this)
  }
}

/** Parses well-formed html into a fake `<body>` element. */
function parseHtml(html: string, document: FakeDocument): FakeElement {
  const root = document.createElement('body')
  const open: FakeElement[] = [root]
  const token = /<!--[\s\S]*?-->|<\/([a-z][a-z0-9-]*)\s*>|<([a-z][a-z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|([^<]+)/gi
  for (const match of html.matchAll(token)) {
    const [whole, closing, opening, attributes = '', selfClosing, text] = match
    const current = open[open.length - 1] ?? root
    if (text !== undefined) {
      current.appendChild(document.createTextNode(decodeEntities(text)))
    } else if (opening !== undefined) {
      const element = document.createElement(opening)
      for (const attribute of attributes.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
        element.setAttribute(attribute[1] ?? '', decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''))
      }
      current.appendChild(element)
      if (selfClosing === '' && !VOID_ELEMENTS.has(opening.toLowerCase())) open.push(element)
    } else if (closing !== undefined) {
      const index = open.map((element) => element.nodeName).lastIndexOf(closing.toUpperCase())
      if (index <= 0) throw new Error(`test-dom: unexpected ${whole}`)
      open.length = index
    }
  }
  if (open.length > 1) throw new Error(`test-dom: unclosed <${open[open.length - 1]?.nodeName.toLowerCase()}>`)
  return root
}

class FakeDOMParser {
  parseFromString(html: string): { body: FakeElement } {
    // Tiptap wraps the input in <body>…</body>; a real parser folds that into the document's body.
    const document = new FakeDocument()
    const inner = html.replace(/^\s*<body>([\s\S]*)<\/body>\s*$/i, '$1')
    return { body: parseHtml(inner, document) }
  }
}

/** Enough of a KeyboardEvent for Tiptap's keyboardShortcut command and ProseMirror's keymap. */
class FakeKeyboardEvent {
  readonly key: string
  readonly altKey: boolean
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly keyCode = 0
  defaultPrevented = false

  constructor(
    readonly type: string,
    init: { key?: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {},
  ) {
    this.key = init.key ?? ''
    this.altKey = init.altKey ?? false
    this.ctrlKey = init.ctrlKey ?? false
    this.metaKey = init.metaKey ?? false
    this.shiftKey = init.shiftKey ?? false
  }

  preventDefault(): void {
    this.defaultPrevented = true
  }
}

/** Installs fake `window`, `document`, `DOMParser` and `KeyboardEvent` globals; returns an undo function. */
export function installTestDom(): () => void {
  const scope = globalThis as unknown as Record<string, unknown>
  const saved = { window: scope.window, document: scope.document, KeyboardEvent: scope.KeyboardEvent, navigator: scope.navigator }
  const document = new FakeDocument()
  // Tiptap's keymap asks the platform (Mod is Ctrl off Apple platforms); Node 20 has no navigator.
  const navigator = saved.navigator ?? { platform: 'Linux x86_64', userAgent: 'node', maxTouchPoints: 0 }
  scope.document = document
  scope.window = { document, navigator, DOMParser: FakeDOMParser, KeyboardEvent: FakeKeyboardEvent }
  scope.KeyboardEvent = FakeKeyboardEvent
  scope.navigator = navigator
  return () => {
    scope.window = saved.window
    scope.document = saved.document
    scope.KeyboardEvent = saved.KeyboardEvent
    scope.navigator = saved.navigator
  }
}

/** Parses well-formed html into a detached fake element, for assertions on markup structure. */
export function parseTestHtml(html: string): FakeElement {
  return parseHtml(html, new FakeDocument())
}
