import { describe, expect, it } from 'vitest'
import { cardText } from './card'
import { blogPostingLd, breadcrumbListLd, dateModified, serializeJsonLd, webSiteLd } from './json-ld'
import { canonicalPath, readerMetadata } from './metadata'

const site = 'https://blog.example'
const hostile = '</script><script>alert("x")</script>&<!--'

describe('serializeJsonLd', () => {
  it('keeps a hostile title inert inside a script element and parses back to the same text', () => {
    const json = serializeJsonLd({ headline: hostile, line: 'a\u2028b' })
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual({ headline: hostile, line: 'a\u2028b' })
  })
})

describe('breadcrumbListLd', () => {
  it('lists the visible crumbs in order with absolute URLs, the current page last', () => {
    const ld = breadcrumbListLd(
      [
        { label: 'Home', href: '/' },
        { label: 'Health', href: '/category/health' },
        { label: 'A post', href: null },
      ],
      site,
    )
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: 'Health', item: `${site}/category/health` },
      { '@type': 'ListItem', position: 3, name: 'A post' },
    ])
  })
})

describe('blogPostingLd', () => {
  it('has headline, author Person, dates, image and publisher', () => {
    const ld = blogPostingLd({
      url: `${site}/a`,
      title: 'A',
      description: 'd',
      publishedAt: Date.UTC(2026, 0, 1),
      updatedAt: Date.UTC(2026, 0, 5),
      lastReviewedAt: Date.UTC(2026, 1, 1),
      imageUrl: `${site}/og/1`,
      author: { name: 'Maren', url: `${site}/author/maren` },
      siteTitle: 'Spoon Notes',
      siteUrl: site,
    })
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'A',
      datePublished: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-02-01T00:00:00.000Z',
      image: [`${site}/og/1`],
      author: { '@type': 'Person', name: 'Maren' },
      publisher: { '@type': 'Organization', name: 'Spoon Notes' },
    })
  })

  it('takes the later of updated and last reviewed as dateModified', () => {
    expect(dateModified({ publishedAt: 1, updatedAt: 5, lastReviewedAt: 3 })).toBe(5)
    expect(dateModified({ publishedAt: 1, updatedAt: null, lastReviewedAt: 3 })).toBe(3)
    expect(dateModified({ publishedAt: 1, updatedAt: null, lastReviewedAt: null })).toBe(1)
    expect(dateModified({ publishedAt: null, updatedAt: null, lastReviewedAt: null })).toBeNull()
  })
})

describe('webSiteLd', () => {
  it('offers a SearchAction at /search', () => {
    expect(webSiteLd(site, 'Spoon Notes', '').potentialAction.target.urlTemplate).toBe(`${site}/search?q={search_term_string}`)
  })
})

describe('canonicalPath', () => {
  it('gives one URL per page', () => {
    expect(canonicalPath('/')).toBe('/')
    expect(canonicalPath('')).toBe('/')
    expect(canonicalPath('/a-post/')).toBe('/a-post')
    expect(canonicalPath('//a-post//')).toBe('/a-post')
    expect(canonicalPath('/a-post/comment-page-3')).toBe('/a-post')
    expect(canonicalPath('/page/1')).toBe('/')
    expect(canonicalPath('/category/x/page/1')).toBe('/category/x')
    expect(canonicalPath('/category/x/page/2')).toBe('/category/x/page/2')
    expect(canonicalPath('/a-post?replytocom=3#respond')).toBe('/a-post')
  })
})

describe('readerMetadata', () => {
  const base = { siteUrl: site, siteTitle: 'Spoon Notes', title: 'A post', description: 'About it', path: '/a-post/' }

  it('has one canonical, feeds, and complete Open Graph and Twitter tags', () => {
    const meta = readerMetadata({
      ...base,
      image: { url: '/media/a.jpg', width: 800, height: 600, alt: 'A jar' },
      article: { publishedAt: 1, modifiedAt: 2, authorName: 'Maren' },
      feeds: [{ title: 'Comments on A post', path: '/a-post/feed' }],
    })
    expect(meta.title).toBe('A post – Spoon Notes')
    expect(meta.alternates?.canonical).toBe(`${site}/a-post`)
    expect(meta.alternates?.types?.['application/rss+xml']).toEqual([
      { url: `${site}/feed`, title: 'Spoon Notes » Feed' },
      { url: `${site}/comments/feed`, title: 'Spoon Notes » Comments feed' },
      { url: `${site}/a-post/feed`, title: 'Comments on A post' },
    ])
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: `${site}/a-post`,
      title: 'A post',
      description: 'About it',
      siteName: 'Spoon Notes',
      images: [{ url: `${site}/media/a.jpg`, width: 800, height: 600, alt: 'A jar' }],
      authors: ['Maren'],
    })
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'A post', images: [{ url: `${site}/media/a.jpg` }] })
    expect(meta.robots).toEqual({ index: true, follow: true })
  })

  it('falls back to the generated card and marks noindex pages', () => {
    const meta = readerMetadata({ ...base, isNoIndex: true })
    expect(meta.openGraph).toMatchObject({ type: 'website', images: [{ url: `${site}/og/site`, width: 1200, height: 630 }] })
    expect(meta.robots).toEqual({ index: false, follow: true })
    expect(readerMetadata({ ...base, path: null, isNoIndex: true }).alternates?.canonical).toBeUndefined()
  })
})

describe('cardText', () => {
  it('keeps what the bundled font can draw and cuts long titles on a word', () => {
    expect(cardText('Café crème – “quoted”')).toBe('Café crème – “quoted”')
    expect(cardText('Spoons 🥄 and 慢性 pain')).toBe('Spoons and pain')
    expect(cardText('word '.repeat(50), 20)).toBe('word word word…')
  })
})
