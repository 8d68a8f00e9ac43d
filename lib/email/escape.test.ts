import { describe, expect, it } from 'vitest'
import { escapeHtml } from './escape'

describe('escapeHtml', () => {
  it('escapes the five html-significant characters', () => {
    expect(escapeHtml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &#39;')
  })

  it('neutralises markup and attribute break-outs', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(escapeHtml(`"><img src=x onerror='alert(1)'>`)).toBe('&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;')
  })

  it('escapes an ampersand once, so existing entities show as typed', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;')
  })

  it('leaves ordinary text, accents and emoji alone', () => {
    expect(escapeHtml('Spoons, naps & tea — café ☕')).toBe('Spoons, naps &amp; tea — café ☕')
    expect(escapeHtml('')).toBe('')
  })
})
