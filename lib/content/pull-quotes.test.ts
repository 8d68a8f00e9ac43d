import { describe, expect, it } from 'vitest'
import { decodeEntities } from './excerpt'
import { addShareLinks } from './pull-quotes'
import { sanitizeHtml } from './sanitize'

const POST_URL = 'https://example.com/memantine-and-fibromyalgia'
const ENCODED_POST_URL = encodeURIComponent(POST_URL)

function shareHrefs(html: string): string[] {
  return [...html.matchAll(/<a class="share-on-x" href="([^"]*)"/g)].map((match) => match[1] ?? '')
}

function sharedText(href: string): string | null {
  return new URL(decodeEntities(href)).searchParams.get('text')
}

describe('addShareLinks', () => {
  it('appends a share link inside a pull quote, before its end tag', () => {
    const html = '<p>Intro</p><blockquote class="pull-quote"><p>Rest is not lazy.</p></blockquote><p>After</p>'
    expect(addShareLinks(html, POST_URL)).toBe(
      '<p>Intro</p><blockquote class="pull-quote"><p>Rest is not lazy.</p>' +
        `<a class="share-on-x" href="https://x.com/intent/post?text=Rest%20is%20not%20lazy.&amp;url=${ENCODED_POST_URL}" rel="noopener noreferrer">Share on X</a>` +
        '</blockquote><p>After</p>',
    )
  })

  it('leaves ordinary block quotes and html without quotes untouched', () => {
    const html = '<blockquote><p>Plain</p></blockquote><blockquote class="aligncenter">x</blockquote>'
    expect(addShareLinks(html, POST_URL)).toBe(html)
    expect(addShareLinks('<p>No quotes</p>', POST_URL)).toBe('<p>No quotes</p>')
  })

  it('recognises pull-quote among other classes', () => {
    const result = addShareLinks('<blockquote class="aligncenter pull-quote">Q</blockquote>', POST_URL)
    expect(shareHrefs(result)).toHaveLength(1)
  })

  it('handles several pull quotes', () => {
    const html = '<blockquote class="pull-quote">One</blockquote><p>x</p><blockquote class="pull-quote">Two</blockquote>'
    const hrefs = shareHrefs(addShareLinks(html, POST_URL))
    expect(hrefs.map(sharedText)).toEqual(['One', 'Two'])
  })

  it('shares the plain text of nested markup, and inserts at the matching end tag', () => {
    const html =
      '<blockquote class="pull-quote"><p>Pacing <em>is</em> a <a href="/skill">skill</a>.</p><blockquote><p>inner</p></blockquote><p>End</p></blockquote><p>after</p>'
    const result = addShareLinks(html, POST_URL)
    const hrefs = shareHrefs(result)
    expect(hrefs.map(sharedText)).toEqual(['Pacing is a skill. inner End'])
    expect(result).toMatch(/<p>End<\/p><a class="share-on-x"[^>]*>Share on X<\/a><\/blockquote><p>after<\/p>$/)
  })

  it('decodes entities before encoding the quote', () => {
    const result = addShareLinks('<blockquote class="pull-quote">What&#8217;s helped &amp; why</blockquote>', POST_URL)
    expect(sharedText(shareHrefs(result)[0] ?? '')).toBe('What’s helped & why')
  })

  it('keeps hostile quote text escaped', () => {
    const dirty = '<blockquote class="pull-quote">"&gt;&lt;script&gt;alert(1)&lt;/script&gt; \'onmouseover=\'alert(1)</blockquote>'
    const result = addShareLinks(sanitizeHtml(dirty), POST_URL)
    expect(result).not.toContain('<script')
    const link = /<a class="share-on-x"[^>]*>/.exec(result)?.[0] ?? ''
    expect(link).toMatch(/^<a class="share-on-x" href="[^"<>']*" rel="noopener noreferrer">$/)
    expect(sharedText(shareHrefs(result)[0] ?? '')).toBe("\"><script>alert(1)</script> 'onmouseover='alert(1)")
  })

  it('escapes a hostile post url', () => {
    const result = addShareLinks('<blockquote class="pull-quote">Q</blockquote>', 'https://example.com/"><script>x</script>')
    expect(result).not.toContain('<script')
    expect(result).not.toContain('"><')
  })

  it('skips a pull quote with no text', () => {
    const html = '<blockquote class="pull-quote"><p> </p></blockquote>'
    expect(addShareLinks(html, POST_URL)).toBe(html)
  })

  it('shortens very long quotes for X', () => {
    const long = 'spoon '.repeat(100).trim()
    const text = sharedText(shareHrefs(addShareLinks(`<blockquote class="pull-quote">${long}</blockquote>`, POST_URL))[0] ?? '') ?? ''
    expect(text.length).toBeLessThanOrEqual(250)
    expect(text.endsWith('spoon…')).toBe(true)
  })

  it('tolerates unbalanced tags', () => {
    expect(addShareLinks('</blockquote><blockquote class="pull-quote">open', POST_URL)).toBe('</blockquote><blockquote class="pull-quote">open')
  })
})
