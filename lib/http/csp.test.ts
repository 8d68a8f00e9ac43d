import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes, readerContentSecurityPolicy, strictTransportSecurity } from './csp'
import { invalidImageHostLines, parseImageHosts } from './image-hosts'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('inlineScriptHashes', () => {
  it('hashes each inline script exactly, once, and skips scripts with a src', () => {
    const html =
      '<head><script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"a"])</script></head><body><script id="x">(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"a"])</script></body>'
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"a"])'), sha('(self.__next_f=self.__next_f||[]).push([0])')])
  })

  it('hashes an empty inline script too', () => {
    expect(inlineScriptHashes('<script></script>')).toEqual([sha('')])
  })
})

describe('readerContentSecurityPolicy', () => {
  it('never allows inline scripts wholesale, and limits images to the site and the allowed hosts', () => {
    const policy = readerContentSecurityPolicy({ scriptHashes: [sha('a')], imageHosts: parseImageHosts('images.example.com') })
    expect(policy).toContain(`script-src 'self' ${sha('a')}`)
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("img-src 'self' data: https://images.example.com;")
    expect(policy).not.toMatch(/img-src[^;]* https:(;| )/)
  })
})

describe('image hosts', () => {
  it('accepts hosts one a line, https only, and reports the rest', () => {
    expect(parseImageHosts('images.example.com\nhttps://cdn.example.org/\n*.photos.example.net\n')).toEqual([
      'https://images.example.com',
      'https://cdn.example.org',
      'https://*.photos.example.net',
    ])
    expect(parseImageHosts("http://plain.example.com\n'unsafe-inline'\n*\nexample")).toEqual([])
    expect(invalidImageHostLines("images.example.com\n'unsafe-inline'; script-src *")).toEqual(["'unsafe-inline'; script-src *"])
  })
})

describe('strictTransportSecurity', () => {
  it('is sent only for an https site', () => {
    expect(strictTransportSecurity('https://blog.example')).toContain('max-age=')
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull()
  })
})
