import { describe, expect, it } from 'vitest'
import { isAcceptedImageAddress, isAcceptedLinkAddress, isSafeHref, isSafeImageSrc } from './urls'

describe('link and image addresses', () => {
  it.each(['https://example.com/a?b=1', 'http://example.com', 'mailto:me@example.com', '/about', '/'])('accepts the link %s', (address) => {
    expect(isAcceptedLinkAddress(address)).toBe(true)
    expect(isSafeHref(address)).toBe(true)
  })

  it.each(['javascript:alert(1)', 'java\tscript:alert(1)', '//evil.example', '/\\evil.example', 'example.com', 'ftp://x.example', 'https://', 'mailto:', ''])(
    'refuses the link %j',
    (address) => {
      expect(isAcceptedLinkAddress(address)).toBe(false)
    },
  )

  it('keeps stored in-page anchors, which the panel does not offer', () => {
    expect(isSafeHref('#references')).toBe(true)
    expect(isAcceptedLinkAddress('#references')).toBe(false)
  })

  it('accepts media library files and web images only', () => {
    expect(isAcceptedImageAddress('/media/2024/soup.jpg')).toBe(true)
    expect(isAcceptedImageAddress('https://images.example/a.jpg')).toBe(true)
    expect(isAcceptedImageAddress('/about')).toBe(false)
    expect(isAcceptedImageAddress('data:image/png;base64,AAAA')).toBe(false)
    expect(isSafeImageSrc('/a.png')).toBe(true)
    expect(isSafeImageSrc('data:image/png;base64,AAAA')).toBe(false)
    expect(isSafeImageSrc('//evil.example/a.png')).toBe(false)
  })
})
