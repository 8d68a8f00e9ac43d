import { describe, expect, it } from 'vitest'
import { autoParagraphs, convertContent, convertShortcodes, stripBlockComments } from './content'

const context = {
  attachments: new Map([
    [7, { url: 'https://old.example/wp-content/uploads/2012/01/a.jpg', title: 'A', caption: 'First' }],
    [8, { url: 'https://old.example/wp-content/uploads/2012/01/b.jpg', title: 'B', caption: '' }],
  ]),
  postAttachmentIds: [8],
}

describe('content conversion', () => {
  it('strips block comments and keeps the blocks’ HTML', () => {
    expect(stripBlockComments('<!-- wp:paragraph {"a":1} --><p>Hi</p><!-- /wp:paragraph -->')).toBe('<p>Hi</p>')
  })

  it('turns [caption] into a figure with a figcaption', () => {
    expect(convertShortcodes('[caption id="x" align="alignright" width="300"]<img src="/a.jpg" alt=""> A cat[/caption]', context)).toBe(
      '<figure class="wp-caption alignright"><img src="/a.jpg" alt=""><figcaption>A cat</figcaption></figure>',
    )
  })

  it('turns [gallery] into a figure of images, by ids or the post’s attachments', () => {
    expect(convertShortcodes('[gallery ids="7,8"]', context)).toContain(
      '<img src="https://old.example/wp-content/uploads/2012/01/a.jpg" alt="A"><figcaption>First</figcaption>',
    )
    expect(convertShortcodes('[gallery]', context)).toBe(
      '<figure class="gallery"><figure><img src="https://old.example/wp-content/uploads/2012/01/b.jpg" alt="B"></figure></figure>',
    )
  })

  it('turns embeds and bare URLs into links, removes unknown shortcodes and keeps [sic]', () => {
    expect(convertShortcodes('[embed]https://youtu.be/x[/embed]', context)).toBe('<a href="https://youtu.be/x">https://youtu.be/x</a>')
    expect(convertShortcodes('Look:\nhttps://vimeo.com/1\nok', context)).toBe('Look:\n<a href="https://vimeo.com/1">https://vimeo.com/1</a>\nok')
    expect(convertShortcodes('a [contact-form to="x"] b [foo]kept[/foo] c [sic]', context)).toBe('a  b kept c [sic]')
  })

  it('gives old posts their paragraphs (wpautop) and leaves <pre> alone', () => {
    expect(autoParagraphs('One\nline two\n\nThree\n\n<pre>a\n\nb</pre>')).toBe('<p>One<br>\nline two</p>\n<p>Three</p>\n<pre>a\n\nb</pre>')
  })

  it('changes nothing the second time (an export imported again)', () => {
    const once = convertContent(
      '<!-- wp:paragraph -->\n<p>A</p>\n<!-- /wp:paragraph -->\n\nOld text\nline two\n\n[caption align="alignleft"]<img src="/a.jpg" alt=""> Cap[/caption]',
      context,
    )
    expect(convertContent(once, context)).toBe(once)
  })

  it('sends everything through the one sanitizer', () => {
    const html = convertContent('Hello<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="x()">x</a>', context)
    expect(html).not.toMatch(/script|javascript|onclick/)
    expect(html).toContain('<p>Hello</p>')
  })

  it('keeps block content’s own elements, without the blank lines the comments leave', () => {
    expect(convertContent('<!-- wp:paragraph -->\n<p>A</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>B</p>\n<!-- /wp:paragraph -->', context)).toBe(
      '<p>A</p>\n<p>B</p>',
    )
  })
})
