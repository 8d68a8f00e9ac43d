import { Editor, generateHTML, generateJSON, type JSONContent } from '@tiptap/core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { hasAffiliateLinks, sanitizeHtml } from '@/lib/content/sanitize'
import { editorExtensions } from './extensions'
import { installTestDom } from './test-dom'

// Tiptap's generateHTML / generateJSON need a DOM; the project has no jsdom, happy-dom or
// @tiptap/html, so ./test-dom installs a minimal one (see the notes there).
let removeTestDom: () => void = () => {}
beforeAll(() => {
  removeTestDom = installTestDom()
})
afterAll(() => removeTestDom())

const extensions = editorExtensions()
const toHtml = (content: JSONContent[]) => generateHTML({ type: 'doc', content }, extensions)
const toJson = (html: string) => generateJSON(html, extensions) as JSONContent

const text = (value: string, marks?: JSONContent['marks']): JSONContent => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value })
const paragraph = (...content: JSONContent[]): JSONContent => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' })
const figure = (attrs: { src: string; alt: string; caption?: string; width?: string | null; height?: string | null }): JSONContent => ({
  type: 'figure',
  attrs: { width: null, height: null, caption: '', ...attrs },
})
const link = (href: string, rel: string | null = null) => ({ type: 'link', attrs: { href, rel, target: null, class: null, title: null } })

/**
 * sanitize-html spells a few things differently from a browser's innerHTML (which getHTML uses):
 * void elements as `<img … />`, `<` and `>` inside attribute values as entities, and a no-break
 * space as the character. This undoes exactly those, so any other change still fails the test.
 */
const asBrowserWrites = (html: string) =>
  html
    .replace(/<(br|hr|img)([^>]*?)\s*\/>/g, '<$1$2>')
    .replace(/="([^"]*)"/g, (_whole, value: string) => `="${value.replace(/&lt;/g, '<').replace(/&gt;/g, '>')}"`)
    .replace(/\u00a0/g, '&nbsp;')

/** The stored body is the sanitized html: it must equal the editor's, and load back identically. */
function expectSurvivesSanitizer(html: string) {
  const clean = sanitizeHtml(html)
  expect(asBrowserWrites(clean)).toBe(html)
  expect(sanitizeHtml(clean)).toBe(clean)
  expect(toJson(clean)).toEqual(toJson(html))
}

const editors: Editor[] = []
function headlessEditor(content: string): Editor {
  const editor = new Editor({ element: null, extensions: editorExtensions(), content, injectCSS: false })
  editors.push(editor)
  return editor
}
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

/** Runs a key through the editor's keymaps, as the browser view would. */
function press(editor: Editor, key: string) {
  const event = new KeyboardEvent('keydown', { key })
  const view = { state: editor.state, dispatch: () => {}, composing: false }
  return editor.extensionManager.plugins.some((plugin) => plugin.props.handleKeyDown?.call(plugin, view as never, event))
}

describe('Figure', () => {
  const withCaption = '<figure><img src="/media/soup.jpg" alt="A bowl of lentil soup"><figcaption>Lunch on a low-energy day</figcaption></figure>'
  const doc = [figure({ src: '/media/soup.jpg', alt: 'A bowl of lentil soup', caption: 'Lunch on a low-energy day' })]

  it('serializes to figure, img and figcaption', () => {
    expect(toHtml(doc)).toBe(withCaption)
  })

  it('leaves out the figcaption when the caption is empty or blank', () => {
    expect(toHtml([figure({ src: 'https://images.example/a.jpg', alt: 'A walking stick' })])).toBe(
      '<figure><img src="https://images.example/a.jpg" alt="A walking stick"></figure>',
    )
    expect(toHtml([figure({ src: '/media/a.jpg', alt: 'x', caption: '  ' })])).toBe('<figure><img src="/media/a.jpg" alt="x"></figure>')
  })

  it('keeps width and height, and escapes quotes in alt text', () => {
    expect(toHtml([figure({ src: '/media/a.jpg', alt: 'Sign: "Rest"', width: '800', height: '600' })])).toBe(
      '<figure><img src="/media/a.jpg" alt="Sign: &quot;Rest&quot;" width="800" height="600"></figure>',
    )
  })

  it('parses its own html back', () => {
    expect(toJson(withCaption)).toEqual({ type: 'doc', content: doc })
    expect(toJson('<figure><img src="/media/a.jpg" alt="x" width="800" height="600"></figure>').content).toEqual([
      figure({ src: '/media/a.jpg', alt: 'x', width: '800', height: '600' }),
    ])
  })

  it('reads a bare or imported image as a figure without caption', () => {
    expect(toJson('<p>Before<img src="/media/a.jpg" alt="x"></p>').content).toEqual([paragraph(text('Before')), figure({ src: '/media/a.jpg', alt: 'x' })])
    expect(toJson('<figure class="wp-caption"><img src="/a.png" alt="&quot;"><figcaption> A\n caption </figcaption></figure>').content).toEqual([
      figure({ src: '/a.png', alt: '"', caption: 'A caption' }),
    ])
  })

  it('refuses image addresses the sanitizer would drop', () => {
    for (const src of ['javascript:alert(1)', 'data:image/png;base64,AAAA', '//evil.example/a.png']) {
      const json = toJson(`<figure><img src="${src}" alt="x"><figcaption>c</figcaption></figure>`)
      expect(JSON.stringify(json)).not.toContain('"figure"')
    }
    const editor = headlessEditor('<p>x</p>')
    expect(editor.commands.insertFigure({ src: 'javascript:alert(1)', alt: 'x' })).toBe(false)
    expect(editor.getHTML()).toBe('<p>x</p>')
  })

  it('is inserted by insertFigure, and replaces a selected figure', () => {
    const editor = headlessEditor('<p>Soup</p>')
    editor.commands.setTextSelection(5)
    editor.commands.insertFigure({ src: '/media/soup.jpg', alt: ' Soup ', caption: 'Warm' })
    expect(editor.getHTML()).toBe('<p>Soup</p><figure><img src="/media/soup.jpg" alt="Soup"><figcaption>Warm</figcaption></figure>')
    editor.commands.setNodeSelection(6)
    editor.commands.insertFigure({ src: '/media/bread.jpg', alt: 'Bread' })
    expect(editor.getHTML()).toBe('<p>Soup</p><figure><img src="/media/bread.jpg" alt="Bread"></figure>')
  })

  it('survives the sanitizer unchanged', () => {
    expectSurvivesSanitizer(withCaption)
    expectSurvivesSanitizer(toHtml([figure({ src: '/media/a.jpg', alt: 'Sign: "Rest" & <b>', width: '800', height: '600' })]))
  })
})

describe('PullQuote', () => {
  const html = '<blockquote class="pull-quote"><p>Rest is not <em>lazy</em>.</p></blockquote>'
  const doc: JSONContent[] = [{ type: 'pullQuote', content: [paragraph(text('Rest is not '), text('lazy', [{ type: 'italic' }]), text('.'))] }]

  it('serializes to a blockquote of class pull-quote', () => {
    expect(toHtml(doc)).toBe(html)
  })

  it('parses its own html back, and a plain blockquote stays a quote', () => {
    expect(toJson(html)).toEqual({ type: 'doc', content: doc })
    expect(toJson('<blockquote><p>Q</p></blockquote>').content).toEqual([{ type: 'blockquote', content: [paragraph(text('Q'))] }])
    expect(toJson('<blockquote class="aligncenter pull-quote">Bare text</blockquote>').content).toEqual([
      { type: 'pullQuote', content: [paragraph(text('Bare text'))] },
    ])
  })

  it('is toggled on and off by togglePullQuote', () => {
    const editor = headlessEditor('<p>Pace yourself.</p>')
    editor.commands.setTextSelection(3)
    expect(editor.commands.togglePullQuote()).toBe(true)
    expect(editor.getHTML()).toBe('<blockquote class="pull-quote"><p>Pace yourself.</p></blockquote>')
    expect(editor.isActive('pullQuote')).toBe(true)
    expect(editor.isActive('blockquote')).toBe(false)
    editor.commands.togglePullQuote()
    expect(editor.getHTML()).toBe('<p>Pace yourself.</p>')
  })

  it('survives the sanitizer unchanged', () => {
    expectSurvivesSanitizer(html)
  })
})

describe('References', () => {
  const html =
    '<section class="references"><h2>References</h2><ol><li>NICE (2021). <a href="https://www.nice.org.uk/guidance/ng206">ME/CFS guideline</a>.</li><li>Second source</li></ol></section>'
  const doc: JSONContent[] = [
    {
      type: 'references',
      attrs: { title: 'References' },
      content: [
        { type: 'referenceItem', content: [text('NICE (2021). '), text('ME/CFS guideline', [link('https://www.nice.org.uk/guidance/ng206')]), text('.')] },
        { type: 'referenceItem', content: [text('Second source')] },
      ],
    },
  ]

  it('serializes to a section with a References heading and an ordered list', () => {
    expect(toHtml(doc)).toBe(html)
  })

  it('parses its own html back', () => {
    expect(toJson(html)).toEqual({ type: 'doc', content: doc })
  })

  it('reads imported variants: paragraphs in entries, another heading text', () => {
    expect(toJson('<section class="references"><h2>Sources</h2><ol><li><p>One</p></li></ol></section>').content).toEqual([
      { type: 'references', attrs: { title: 'Sources' }, content: [{ type: 'referenceItem', content: [text('One')] }] },
    ])
  })

  it('leaves ordinary lists and list-less sections alone', () => {
    expect(toJson('<ol><li><p>Step</p></li></ol>').content).toEqual([
      { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [paragraph(text('Step'))] }] },
    ])
    expect(JSON.stringify(toJson('<section class="references"><p>No list</p></section>'))).not.toContain('"references"')
  })

  it('is added once, at the end, by insertReferences; later calls move the cursor to it', () => {
    const editor = headlessEditor('<p>Intro</p><p></p>')
    editor.commands.setTextSelection(2)
    expect(editor.commands.insertReferences()).toBe(true)
    expect(editor.getHTML()).toBe('<p>Intro</p><section class="references"><h2>References</h2><ol><li></li></ol></section>')
    editor.commands.insertContent('First')
    editor.commands.setTextSelection(2)
    editor.commands.insertReferences()
    expect(editor.getHTML()).toBe('<p>Intro</p><section class="references"><h2>References</h2><ol><li>First</li></ol></section>')
    expect(editor.state.selection.$from.parent.type.name).toBe('referenceItem')
    expect(editor.state.selection.$from.parentOffset).toBe('First'.length)
  })

  it('adds an entry on Enter and leaves the list on Enter in an empty last entry', () => {
    const editor = headlessEditor('<p>Intro</p>')
    editor.commands.insertReferences()
    editor.commands.insertContent('One')
    press(editor, 'Enter')
    editor.commands.insertContent('Two')
    press(editor, 'Enter')
    expect(editor.getHTML()).toBe('<p>Intro</p><section class="references"><h2>References</h2><ol><li>One</li><li>Two</li><li></li></ol></section>')
    press(editor, 'Enter')
    editor.commands.insertContent('After')
    expect(editor.getHTML()).toBe('<p>Intro</p><section class="references"><h2>References</h2><ol><li>One</li><li>Two</li></ol></section><p>After</p>')
  })

  it('is removed by Backspace in its only, empty entry, and not merged upwards otherwise', () => {
    const editor = headlessEditor('<p>x</p><section class="references"><h2>References</h2><ol><li>abc</li></ol></section>')
    editor.commands.setTextSelection(5)
    press(editor, 'Backspace')
    expect(editor.getHTML()).toBe('<p>x</p><section class="references"><h2>References</h2><ol><li>abc</li></ol></section>')
    editor.commands.setContent('<p>x</p><section class="references"><h2>References</h2><ol><li></li></ol></section>')
    editor.commands.setTextSelection(5)
    press(editor, 'Backspace')
    expect(editor.getHTML()).toBe('<p>x</p><p></p>')
  })

  it('survives the sanitizer unchanged', () => {
    expectSurvivesSanitizer(html)
  })
})

describe('links and the rest of the schema', () => {
  it('writes only href and the author’s rel, so an affiliate link is found by hasAffiliateLinks', () => {
    const html = toHtml([
      paragraph(text('Buy '), text('this cushion', [link('https://shop.example/cushion', 'sponsored nofollow')]), text(' or '), text('that', [link('/about')])),
    ])
    expect(html).toBe('<p>Buy <a rel="sponsored nofollow" href="https://shop.example/cushion">this cushion</a> or <a href="/about">that</a></p>')
    expect(hasAffiliateLinks(sanitizeHtml(html))).toBe(true)
    expectSurvivesSanitizer(html)
  })

  it('drops link addresses the sanitizer would drop', () => {
    expect(JSON.stringify(toJson('<p><a href="javascript:alert(1)">x</a> <a href="//evil.example">y</a></p>'))).not.toContain('"link"')
    expect(toJson('<p><a href="mailto:me@example.com">m</a> <a href="#references">r</a></p>').content).toEqual([
      paragraph(text('m', [link('mailto:me@example.com')]), text(' '), text('r', [link('#references')])),
    ])
  })

  it('never writes an h1: the post title is the only one', () => {
    expect(
      toHtml([
        { type: 'heading', attrs: { level: 2 }, content: [text('Heading')] },
        { type: 'heading', attrs: { level: 3 }, content: [text('Subheading')] },
      ]),
    ).toBe('<h2>Heading</h2><h3>Subheading</h3>')
    expect(JSON.stringify(toJson('<h1>Title</h1>'))).not.toContain('"level":1')
  })

  it('round-trips a whole body through the sanitizer unchanged', () => {
    const body =
      '<h2>Pacing</h2><p>Plan <strong>rest</strong>, <em>before</em>&nbsp;you need it, <u>really</u> <s>later</s>.<br>New line with <code>code</code>.</p>' +
      '<figure><img src="/media/a.jpg" alt="A &quot;spoon&quot; drawing"><figcaption>Spoons &amp; energy</figcaption></figure>' +
      '<h3>Tips</h3><ul><li><p>One</p></li></ul><ol><li><p>Two</p></li></ol><blockquote><p>Quoted</p></blockquote>' +
      '<blockquote class="pull-quote"><p>Rest is productive.</p></blockquote><hr><pre><code>a &lt; b</code></pre>' +
      '<section class="references"><h2>References</h2><ol><li><a rel="sponsored nofollow" href="https://shop.example">Shop</a></li></ol></section>'
    expect(toHtml((toJson(body).content ?? []) as JSONContent[])).toBe(body)
    expectSurvivesSanitizer(body)
  })
})
