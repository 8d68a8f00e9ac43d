import { describe, expect, it } from 'vitest'
import { hasAffiliateLinks, sanitizeHtml } from './sanitize'

describe('sanitizeHtml: scripts and event handlers', () => {
  it('drops script tags with their content', () => {
    expect(sanitizeHtml('<p>Hi<script>alert(1)</script></p>')).toBe('<p>Hi</p>')
    expect(sanitizeHtml('<SCRIPT SRC=https://evil.example/x.js></SCRIPT>ok')).toBe('ok')
  })

  it('drops an image whose source is not allowed, handler and all', () => {
    expect(sanitizeHtml('<img src=x onerror=alert(1)>')).toBe('')
  })

  it('strips on* handlers from allowed tags', () => {
    const clean = sanitizeHtml('<p onclick="alert(1)">a</p><img src="/a.png" alt="" onload="alert(1)"><a href="/x" onmouseover="alert(1)">l</a>')
    expect(clean).not.toMatch(/on[a-z]+=/i)
    expect(clean).toBe('<p>a</p><img src="/a.png" alt="" /><a href="/x">l</a>')
  })

  it('drops style tags and style attributes', () => {
    expect(sanitizeHtml('<style>body{display:none}</style><p style="color:red">a</p>')).toBe('<p>a</p>')
  })

  it.each(['iframe', 'object', 'embed', 'form', 'input', 'textarea', 'select', 'button', 'link', 'meta', 'base'])('removes <%s>', (tag) => {
    const clean = sanitizeHtml(`<${tag} src="https://evil.example" action="https://evil.example" href="https://evil.example" value="v">`)
    expect(clean).not.toContain(`<${tag}`)
    expect(clean).not.toContain('evil.example')
  })

  it('keeps the text of a form but not its controls', () => {
    expect(sanitizeHtml('<form action="/x"><input name="a">Text<button>Go</button></form>')).toBe('TextGo')
  })

  it('drops svg and math payloads whole', () => {
    expect(sanitizeHtml('<svg onload=alert(1)><script>alert(1)</script><a href="javascript:x">t</a></svg>ok')).toBe('ok')
    expect(sanitizeHtml('<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>')).toBe('')
    expect(sanitizeHtml('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>')).toBe('')
  })

  it('does not let a noscript attribute smuggle markup out', () => {
    expect(sanitizeHtml('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>')).toBe('')
  })

  it('escapes text that looks like markup', () => {
    expect(sanitizeHtml('<p>1 &lt; 2 &amp; "quoted" &lt;script&gt;</p>')).toBe('<p>1 &lt; 2 &amp; "quoted" &lt;script&gt;</p>')
  })

  it('drops HTML comments (conditional comments included)', () => {
    expect(sanitizeHtml('<p>a<!-- secret --></p><!--[if IE]><script>alert(1)</script><![endif]-->')).toBe('<p>a</p>')
  })
})

describe('sanitizeHtml: links', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/',
    '/\\evil.example/',
    'tel:123',
    'relative/page.html',
  ])('removes href %j', (href) => {
    expect(sanitizeHtml(`<a href="${href}">x</a>`)).toBe('<a>x</a>')
  })

  it.each(['https://example.com/a?b=1', 'http://example.com', 'mailto:me@example.com', '/about', '#references'])('keeps href %j', (href) => {
    expect(sanitizeHtml(`<a href="${href}">x</a>`)).toBe(`<a href="${href.replace('&', '&amp;')}">x</a>`)
  })

  it('escapes ampersands in kept hrefs', () => {
    expect(sanitizeHtml('<a href="https://example.com/?a=1&b=2">x</a>')).toBe('<a href="https://example.com/?a=1&amp;b=2">x</a>')
  })

  it('drops target', () => {
    expect(sanitizeHtml('<a href="https://example.com" target="_blank">x</a>')).toBe('<a href="https://example.com">x</a>')
  })

  it('keeps rel="sponsored" and filters unknown rel tokens', () => {
    expect(sanitizeHtml('<a href="https://shop.example" rel="sponsored">x</a>')).toBe('<a href="https://shop.example" rel="sponsored">x</a>')
    expect(sanitizeHtml('<a href="https://a.example" rel="Sponsored NOFOLLOW opener me ugc">x</a>')).toBe(
      '<a href="https://a.example" rel="sponsored nofollow ugc">x</a>',
    )
    expect(sanitizeHtml('<a href="https://a.example" rel="author">x</a>')).toBe('<a href="https://a.example">x</a>')
  })

  it('keeps title on links', () => {
    expect(sanitizeHtml('<a href="/a" title="About me">x</a>')).toBe('<a href="/a" title="About me">x</a>')
  })
})

describe('sanitizeHtml: images', () => {
  it('keeps http(s) and site-relative sources with their allowed attributes', () => {
    expect(sanitizeHtml('<img src="https://example.com/a.jpg" alt="A" width="300" height="200" title="t" loading="lazy">')).toBe(
      '<img src="https://example.com/a.jpg" alt="A" width="300" height="200" title="t" loading="lazy" />',
    )
    expect(sanitizeHtml('<img src="/uploads/2020/01/a.jpg" alt="">')).toBe('<img src="/uploads/2020/01/a.jpg" alt="" />')
  })

  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    '//evil.example/a.png',
    '/\\evil.example/a.png',
    'javascript:alert(1)',
    'x',
    'uploads/a.png',
    'mailto:a@example.com',
  ])('drops an image with src %j', (src) => {
    expect(sanitizeHtml(`<p><img src="${src}" alt="a"></p>`)).toBe('<p></p>')
  })

  it('drops an image with no src', () => {
    expect(sanitizeHtml('<img alt="nothing">')).toBe('')
  })

  it('drops srcset and unknown loading values', () => {
    expect(sanitizeHtml('<img src="/a.png" srcset="javascript:alert(1) 1x" loading="whenever" alt="">')).toBe('<img src="/a.png" alt="" />')
  })
})

describe('sanitizeHtml: structure and classes', () => {
  it('turns h1 into h2', () => {
    expect(sanitizeHtml('<h1>Title</h1><h2>Sub</h2>')).toBe('<h2>Title</h2><h2>Sub</h2>')
  })

  it('keeps only the known classes', () => {
    expect(sanitizeHtml('<blockquote class="pull-quote evil wp-block-quote">q</blockquote>')).toBe('<blockquote class="pull-quote">q</blockquote>')
    expect(sanitizeHtml('<p class="has-red-color">a</p>')).toBe('<p>a</p>')
    expect(sanitizeHtml('<section class="references"><ol><li>r</li></ol></section>')).toBe('<section class="references"><ol><li>r</li></ol></section>')
    expect(sanitizeHtml('<aside class="key-points"><ul><li>k</li></ul></aside>')).toBe('<aside class="key-points"><ul><li>k</li></ul></aside>')
  })

  it('preserves a nested figure with its caption', () => {
    const html =
      '<figure class="wp-caption aligncenter"><img src="/uploads/a.jpg" alt="A spoon" width="600" height="400"><figcaption>A <em>spoon</em>, <a href="/spoons">more</a></figcaption></figure>'
    expect(sanitizeHtml(html)).toBe(
      '<figure class="wp-caption aligncenter"><img src="/uploads/a.jpg" alt="A spoon" width="600" height="400" /><figcaption>A <em>spoon</em>, <a href="/spoons">more</a></figcaption></figure>',
    )
  })

  it('keeps list, table and quotation attributes from the allow-list', () => {
    expect(sanitizeHtml('<ol start="3" reversed type="a"><li>a</li></ol>')).toBe('<ol start="3" reversed><li>a</li></ol>')
    expect(sanitizeHtml('<table><tr><th scope="col" colspan="2">h</th><td rowspan="2" scope="evil" width="9">d</td></tr></table>')).toBe(
      '<table><tr><th scope="col" colspan="2">h</th><td rowspan="2">d</td></tr></table>',
    )
    expect(sanitizeHtml('<abbr title="Myalgic encephalomyelitis">ME</abbr>')).toBe('<abbr title="Myalgic encephalomyelitis">ME</abbr>')
    expect(sanitizeHtml('<blockquote cite="https://example.com">q</blockquote>')).toBe('<blockquote cite="https://example.com">q</blockquote>')
    expect(sanitizeHtml('<blockquote cite="javascript:alert(1)">q</blockquote>')).toBe('<blockquote>q</blockquote>')
  })

  it('drops ids, data attributes and unknown tags but keeps their text', () => {
    expect(sanitizeHtml('<p id="x" data-x="1"><font color="red">a</font><center>b</center></p>')).toBe('<p>ab</p>')
  })

  it('escapes quotes and angle brackets inside kept attributes', () => {
    expect(sanitizeHtml('<img src="/a.png" alt="&quot;&gt;<script>alert(1)</script>">')).toBe(
      '<img src="/a.png" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" />',
    )
  })

  it('is idempotent', () => {
    const dirty =
      '<h1 class="x">T</h1><p>a &amp; b<script>x</script></p><figure class="wp-caption"><img src="/a.png" alt="&quot;"><figcaption>c</figcaption></figure><a href="https://a.example/?x=1&y=2" rel="sponsored evil">s</a><blockquote class="pull-quote">“q”</blockquote>'
    const once = sanitizeHtml(dirty)
    expect(sanitizeHtml(once)).toBe(once)
  })
})

describe('hasAffiliateLinks', () => {
  it('is true for a link marked sponsored', () => {
    expect(hasAffiliateLinks('<p>Buy <a href="https://shop.example" rel="nofollow sponsored">this</a></p>')).toBe(true)
    expect(hasAffiliateLinks("<a rel='SPONSORED' href='https://shop.example'>x</a>")).toBe(true)
  })

  it('is false without one', () => {
    expect(hasAffiliateLinks('<p><a href="https://a.example" rel="nofollow">x</a></p>')).toBe(false)
    expect(hasAffiliateLinks('<p>sponsored by nobody, rel="sponsored" in text</p>')).toBe(false)
    expect(hasAffiliateLinks('<p data-rel="sponsored">x</p><span rel="sponsored">y</span>')).toBe(false)
    expect(hasAffiliateLinks('<a href="https://a.example" rel="unsponsored">x</a>')).toBe(false)
    expect(hasAffiliateLinks('')).toBe(false)
  })

  it('is not fooled by rel="sponsored" inside another attribute', () => {
    expect(hasAffiliateLinks('<a href="/x" title=\'rel="sponsored"\'>x</a>')).toBe(false)
    expect(hasAffiliateLinks('<img src="/a.png" alt=\'<a rel="sponsored">\'>')).toBe(false)
  })

  it('ignores markup the sanitizer removes', () => {
    expect(hasAffiliateLinks('<script><a rel="sponsored" href="/x">x</a></script>')).toBe(false)
    expect(hasAffiliateLinks('<!-- <a rel="sponsored" href="/x">x</a> -->')).toBe(false)
  })
})
