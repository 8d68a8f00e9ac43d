import { describe, expect, it } from 'vitest'
import { decodeEntities, excerptFromHtml, plainText } from './excerpt'

describe('decodeEntities', () => {
  it('decodes the common named entities', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &apos; &nbsp; &hellip; &rsquo;')).toBe('& < > " \' \u00a0 … ’')
  })

  it('decodes decimal and hex numeric entities', () => {
    expect(decodeEntities('&#39; &#039; &#8217; &#x2019; &#X1F944;')).toBe("' ' ’ ’ 🥄")
  })

  it('replaces impossible code points instead of throwing', () => {
    expect(decodeEntities('&#0; &#xD800; &#99999999;')).toBe('\ufffd \ufffd \ufffd')
  })

  it('decodes only once', () => {
    expect(decodeEntities('&amp;lt;script&amp;gt;')).toBe('&lt;script&gt;')
  })

  it('leaves unknown names and bare ampersands alone', () => {
    expect(decodeEntities('&bogus; Tips & Tricks')).toBe('&bogus; Tips & Tricks')
  })
})

describe('plainText', () => {
  it('strips tags and collapses whitespace', () => {
    expect(plainText('<h2>Title</h2>\n\n<p>Some   <strong>bold</strong>\ttext.</p>')).toBe('Title Some bold text.')
  })

  it('separates words across block boundaries but not inline ones', () => {
    expect(plainText('<p>one</p><p>two</p><ul><li>three</li><li>four</li></ul>five<br>six')).toBe('one two three four five six')
    expect(plainText('<p>spoon<em>s</em> and <a href="/x">fork</a>s</p>')).toBe('spoons and forks')
  })

  it('decodes entities after stripping, so escaped markup becomes text', () => {
    expect(plainText('<p>What&#8217;s &lt;b&gt;new&lt;/b&gt; &amp; old</p>')).toBe('What’s <b>new</b> & old')
  })

  it('treats nbsp as a space', () => {
    expect(plainText('<p>a&nbsp;&nbsp;b</p>')).toBe('a b')
  })

  it('drops comments and the content of scripts and styles', () => {
    expect(plainText('<p>a<!-- hidden --></p><script>var x = "<p>"</script><style>p{}</style><p>b</p>')).toBe('a b')
  })

  it('copes with ">" inside quoted attributes', () => {
    expect(plainText('<img alt="a > b" src="/x.png"><a title=\'x>y\' href="/">link</a>')).toBe('link')
  })

  it('returns an empty string for empty or tag-only input', () => {
    expect(plainText('')).toBe('')
    expect(plainText('<p> </p><hr>')).toBe('')
  })
})

describe('excerptFromHtml', () => {
  const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index + 1}`).join(' ')

  it('returns the whole text when it is short enough', () => {
    expect(excerptFromHtml(`<p>${words(55)}</p>`)).toBe(words(55))
  })

  it('cuts at 55 words by default and adds an ellipsis', () => {
    const excerpt = excerptFromHtml(`<p>${words(80)}</p>`)
    expect(excerpt).toBe(`${words(55)}…`)
  })

  it('honours maxWords', () => {
    expect(excerptFromHtml('<p>one two three four</p>', 2)).toBe('one two…')
    expect(excerptFromHtml('<p>one two three four</p>', 4)).toBe('one two three four')
  })

  it('does not leave dangling punctuation before the ellipsis', () => {
    expect(excerptFromHtml('<p>one, two; three</p>', 1)).toBe('one…')
    expect(excerptFromHtml('<p>one — two three</p>', 2)).toBe('one…')
  })

  it('counts words across tags', () => {
    expect(excerptFromHtml('<h2>Heading here</h2><p>and <em>some</em> body</p>', 3)).toBe('Heading here and…')
  })

  it('returns an empty string for no text or no words allowed', () => {
    expect(excerptFromHtml('')).toBe('')
    expect(excerptFromHtml('<p>text</p>', 0)).toBe('')
  })
})

describe('excerptOfText', () => {
  it('cuts plain text by words and leaves anything that looks like markup alone', async () => {
    const { excerptOfText } = await import('./excerpt')
    expect(excerptOfText('I <3 this\n\npost so much', 3)).toBe('I <3 this…')
    expect(excerptOfText('  short  ', 3)).toBe('short')
    expect(excerptOfText('', 3)).toBe('')
  })
})
