import { describe, expect, it } from 'vitest'
import { plainTextToHtml } from './plain-text'

describe('plainTextToHtml', () => {
  it('makes paragraphs of blank-line-separated text and line breaks of single newlines, escaping everything', () => {
    expect(plainTextToHtml('Hi <b>there</b>\r\n\r\nline one\nline two\n\n\n')).toBe('<p>Hi &lt;b&gt;there&lt;/b&gt;</p><p>line one<br>line two</p>')
    expect(plainTextToHtml('   ')).toBe('')
  })
})
