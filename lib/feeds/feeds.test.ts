import { describe, expect, it } from 'vitest'
import { parseXml } from '@/test/xml'
import { buildAtom } from './atom'
import { conditionalResponse, isNotModified, validatorsFor } from './conditional'
import { absolutizeUrls, commentHtml, feedEntryHtml } from './content'
import { buildRss, rfc822 } from './rss'
import type { FeedChannel, FeedEntry } from './types'
import { escapeXml } from './xml'

const site = 'https://blog.example'
const hostile = '</script><script>alert(1)</script> & "quotes" <b>'

const channel: FeedChannel = {
  title: `Spoon Notes ${hostile}`,
  link: `${site}/`,
  selfUrl: `${site}/feed`,
  description: 'Gentle notes',
  language: 'en',
  updated: Date.UTC(2026, 0, 2, 3, 4, 5),
}

const entry = (overrides: Partial<FeedEntry> = {}): FeedEntry => ({
  id: `${site}/?p=7`,
  title: `A post ${hostile}`,
  link: `${site}/a-post`,
  published: Date.UTC(2026, 0, 1),
  updated: Date.UTC(2026, 0, 2),
  authorName: 'Maren',
  categories: ['Pacing', 'Tips & tricks'],
  summary: 'The short version.',
  contentHtml: '<p>Body with <a href="https://blog.example/x">a link</a>.</p>',
  enclosure: { url: `${site}/media/a.jpg`, type: 'image/jpeg', length: 1234 },
  ...overrides,
})

type Node = Record<string, unknown>
const child = (node: unknown, name: string) => (node as Node)[name] as Node
const text = (node: unknown) => (typeof node === 'object' && node !== null ? ((node as Node)['#text'] as string) : (node as string))

describe('buildRss', () => {
  it('is well-formed RSS 2.0 with the required channel and item elements', () => {
    const rss = child(parseXml(buildRss(channel, [entry(), entry({ id: `${site}/?p=8`, enclosure: null })])), 'rss')
    expect(rss['@version']).toBe('2.0')
    const feed = child(rss, 'channel')
    expect(text(feed.title)).toBe(channel.title)
    expect((feed.link as unknown[]).map(text)).toEqual([`${site}/`])
    expect(text(feed.description)).toBe('Gentle notes')
    expect(child(feed, 'atom:link')).toMatchObject({ '@rel': 'self', '@href': `${site}/feed`, '@type': 'application/rss+xml' })
    expect(text(feed.lastBuildDate)).toBe('Fri, 02 Jan 2026 03:04:05 +0000')
    const items = feed.item as Node[]
    expect(items).toHaveLength(2)
    const [first] = items
    expect(text(first?.title)).toBe(`A post ${hostile}`)
    expect((first?.link as unknown[]).map(text)).toEqual([`${site}/a-post`])
    expect(first?.guid).toMatchObject({ '#text': `${site}/?p=7`, '@isPermaLink': 'false' })
    expect(text(first?.pubDate)).toBe(rfc822(Date.UTC(2026, 0, 1)))
    expect(text(first?.['dc:creator'])).toBe('Maren')
    expect((first?.category as unknown[]).map(text)).toEqual(['Pacing', 'Tips & tricks'])
    expect(text(first?.['content:encoded'])).toContain('<a href="https://blog.example/x">')
    expect(first?.enclosure).toMatchObject({ '@url': `${site}/media/a.jpg`, '@length': '1234', '@type': 'image/jpeg' })
    expect(items[1]?.enclosure).toBeUndefined()
  })

  it('carries summaries only when asked, and never an empty description', () => {
    const feed = child(child(parseXml(buildRss({ ...channel, description: '' }, [entry({ contentHtml: null })])), 'rss'), 'channel')
    expect(text(feed.description)).toBe(channel.title)
    expect((feed.item as Node[])[0]?.['content:encoded']).toBeUndefined()
  })

  it('drops characters XML forbids instead of breaking the document', () => {
    expect(() => parseXml(buildRss(channel, [entry({ title: 'bell \u0007 and \ud800 lone surrogate' })]))).not.toThrow()
  })
})

describe('buildAtom', () => {
  it('is well-formed Atom 1.0 with id, title, updated, author and links', () => {
    const feed = child(parseXml(buildAtom(channel, [entry()], 'Maren')), 'feed')
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(text(feed.id)).toBe(`${site}/feed`)
    expect(text(feed.title)).toBe(channel.title)
    expect(text(feed.updated)).toBe('2026-01-02T03:04:05.000Z')
    expect(feed.link).toEqual(expect.arrayContaining([expect.objectContaining({ '@rel': 'self', '@href': `${site}/feed` })]))
    const [item] = feed.entry as Node[]
    expect(text(item?.id)).toBe(`${site}/?p=7`)
    expect(text(item?.title)).toBe(`A post ${hostile}`)
    expect(text(item?.updated)).toBe('2026-01-02T00:00:00.000Z')
    expect(text(child(item?.author, 'name'))).toBe('Maren')
    expect(item?.link).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@rel': 'alternate', '@href': `${site}/a-post` }),
        expect.objectContaining({ '@rel': 'enclosure', '@href': `${site}/media/a.jpg`, '@length': '1234' }),
      ]),
    )
    expect(child(item, 'content')['@type']).toBe('html')
  })
})

describe('entry content', () => {
  it('puts the key points first, makes links absolute and goes through the sanitizer', () => {
    const html = feedEntryHtml(
      { keyPoints: ['Rest <first>', 'Then walk'], body: '<p><a href="/about">about</a> <img src="/media/x.png" alt=""><script>alert(1)</script></p>' },
      site,
    )
    expect(html.indexOf('Key points')).toBeLessThan(html.indexOf('about'))
    expect(html).toContain('<li>Rest &lt;first&gt;</li>')
    expect(html).toContain(`href="${site}/about"`)
    expect(html).toContain(`src="${site}/media/x.png"`)
    expect(html).not.toContain('<script')
  })

  it('leaves absolute and protocol-relative URLs alone', () => {
    expect(absolutizeUrls('<a href="https://x.org/a">x</a><a href="//cdn.x/a">y</a>', site)).toBe('<a href="https://x.org/a">x</a><a href="//cdn.x/a">y</a>')
  })

  it('turns a comment into escaped paragraphs', () => {
    expect(commentHtml('Hi <b>there</b>\n\nline one\nline two')).toBe('<p>Hi &lt;b&gt;there&lt;/b&gt;</p><p>line one<br>line two</p>')
  })

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })
})

describe('conditional requests', () => {
  const validators = validatorsFor('<rss/>', Date.UTC(2026, 0, 2, 3, 4, 5, 678))

  it('gives a strong ETag that changes with the body', () => {
    expect(validators.etag).toMatch(/^"[\w-]+"$/)
    expect(validatorsFor('<rss></rss>', 0).etag).not.toBe(validators.etag)
  })

  it('matches If-None-Match (lists, weak form, *) before If-Modified-Since', () => {
    expect(isNotModified({ ifNoneMatch: validators.etag, ifModifiedSince: null }, validators)).toBe(true)
    expect(isNotModified({ ifNoneMatch: `"other", W/${validators.etag}`, ifModifiedSince: null }, validators)).toBe(true)
    expect(isNotModified({ ifNoneMatch: '*', ifModifiedSince: null }, validators)).toBe(true)
    expect(isNotModified({ ifNoneMatch: '"other"', ifModifiedSince: new Date(Date.UTC(2030, 0, 1)).toUTCString() }, validators)).toBe(false)
  })

  it('compares If-Modified-Since in whole seconds and ignores a bad date', () => {
    const at = (ms: number) => ({ ifNoneMatch: null, ifModifiedSince: new Date(ms).toUTCString() })
    expect(isNotModified(at(Date.UTC(2026, 0, 2, 3, 4, 5)), validators)).toBe(true)
    expect(isNotModified(at(Date.UTC(2026, 0, 2, 3, 4, 4)), validators)).toBe(false)
    expect(isNotModified({ ifNoneMatch: null, ifModifiedSince: 'yesterday' }, validators)).toBe(false)
    expect(isNotModified({ ifNoneMatch: null, ifModifiedSince: null }, validators)).toBe(false)
  })

  it('answers 304 without a body, or 200 with the validators', async () => {
    const first = conditionalResponse(new Request(`${site}/feed`), '<rss/>', 'application/rss+xml; charset=utf-8', validators.lastModified)
    expect(first.status).toBe(200)
    expect(first.headers.get('last-modified')).toBe('Fri, 02 Jan 2026 03:04:05 GMT')
    const etag = first.headers.get('etag') ?? ''
    const second = conditionalResponse(
      new Request(`${site}/feed`, { headers: { 'if-none-match': etag } }),
      '<rss/>',
      'application/rss+xml',
      validators.lastModified,
    )
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
  })
})
