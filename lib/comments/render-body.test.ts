import { describe, expect, it } from 'vitest'
import { commentBodyHtml } from './render-body'

const html = commentBodyHtml
const link = (href: string, text = href) => `<a href="${href}" rel="nofollow ugc noopener">${text}</a>`

describe('commentBodyHtml: paragraphs', () => {
  it('wraps text in a paragraph', () => {
    expect(html('Thank you for this.')).toBe('<p>Thank you for this.</p>')
  })

  it('splits paragraphs on blank lines and keeps single newlines as <br/>', () => {
    expect(html('First line\nsecond line\n\nNew paragraph')).toBe('<p>First line<br/>second line</p><p>New paragraph</p>')
  })

  it('treats lines of only spaces as blank, and CRLF like LF', () => {
    expect(html('One\r\n  \r\nTwo\r\nthree')).toBe('<p>One</p><p>Two<br/>three</p>')
  })

  it('ignores leading, trailing and repeated blank lines', () => {
    expect(html('\n\n\nOne\n\n\n\n\nTwo\n\n')).toBe('<p>One</p><p>Two</p>')
  })

  it('renders nothing for an empty body', () => {
    expect(html('')).toBe('')
    expect(html(' \n \n ')).toBe('')
  })
})

describe('commentBodyHtml: links', () => {
  it('links http and https URLs', () => {
    expect(html('See https://example.com/a?b=1&c=2 now')).toBe(`<p>See ${link('https://example.com/a?b=1&amp;c=2')} now</p>`)
    expect(html('http://example.com')).toBe(`<p>${link('http://example.com/', 'http://example.com')}</p>`)
  })

  it('links www. addresses with https', () => {
    expect(html('Try www.example.org/spoons')).toBe(`<p>Try ${link('https://www.example.org/spoons', 'www.example.org/spoons')}</p>`)
  })

  it('leaves trailing punctuation out of the link', () => {
    expect(html('Read https://example.com/a.')).toBe(`<p>Read ${link('https://example.com/a')}.</p>`)
    expect(html('(see https://example.com/a), then')).toBe(`<p>(see ${link('https://example.com/a')}), then</p>`)
    expect(html('Really? https://example.com/a?!')).toBe(`<p>Really? ${link('https://example.com/a')}?!</p>`)
    expect(html('"https://example.com/a"')).toBe(`<p>&quot;${link('https://example.com/a')}&quot;</p>`)
  })

  it('keeps a closing bracket that belongs to the URL', () => {
    const url = 'https://en.wikipedia.org/wiki/Spoon_(unit)'
    expect(html(`Origin: ${url}.`)).toBe(`<p>Origin: ${link(url)}.</p>`)
    expect(html(`(${url})`)).toBe(`<p>(${link(url)})</p>`)
  })

  it('links several URLs on one line and across lines', () => {
    expect(html('a https://a.example b https://b.example\nc www.c.example')).toBe(
      `<p>a ${link('https://a.example/', 'https://a.example')} b ${link('https://b.example/', 'https://b.example')}<br/>c ${link('https://www.c.example/', 'www.c.example')}</p>`,
    )
  })

  it('does not link words that only contain a scheme', () => {
    expect(html('xhttps://example.com and https:// alone')).not.toContain('<a')
  })
})

describe('commentBodyHtml: hostile input', () => {
  it('escapes script tags', () => {
    expect(html('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
  })

  it('escapes image payloads', () => {
    const out = html('<img src=x onerror=alert(1)>')
    expect(out).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
    expect(out).not.toContain('<img')
  })

  it.each(['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'does not link %s',
    (payload) => {
      const out = html(payload)
      expect(out).not.toContain('<a')
      expect(out).not.toContain('<script')
    },
  )

  it('does not let a URL break out of its attribute', () => {
    const out = html('https://example.com/"onmouseover="alert(1) and https://example.com/<script>')
    expect(out).not.toContain('"onmouseover')
    expect(out).not.toContain('<script')
    expect(out).toContain(link('https://example.com/'))
  })

  it('links only the http part of a javascript: wrapper', () => {
    expect(html('javascript:https://example.com')).toBe(`<p>javascript:${link('https://example.com/', 'https://example.com')}</p>`)
  })

  it('keeps entities as literal text', () => {
    expect(html('&lt;b&gt; &amp;')).toBe('<p>&amp;lt;b&amp;gt; &amp;amp;</p>')
  })
})
