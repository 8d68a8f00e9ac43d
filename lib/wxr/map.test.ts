import { describe, expect, it } from 'vitest'
import {
  canonicalPath,
  commentStatusFrom,
  commentText,
  commentTypeFrom,
  datedPath,
  decodeSlug,
  itemSlug,
  menuTargetOf,
  oldPathOf,
  postStatusFrom,
  uploadsRelativePath,
  wordpressTime,
} from './map'

describe('WXR mapping rules', () => {
  it('maps statuses: drafts, pending, scheduled and private stay unpublished; bookkeeping is not content', () => {
    expect(['publish', 'future', 'draft', 'pending', 'private', 'trash', 'auto-draft', 'inherit'].map(postStatusFrom)).toEqual([
      'published',
      'scheduled',
      'draft',
      'pending',
      'private',
      'trash',
      null,
      null,
    ])
    expect(['1', '0', 'spam', 'trash', 'post-trashed'].map(commentStatusFrom)).toEqual(['approved', 'pending', 'spam', 'trash', 'trash'])
    expect(['', 'comment', 'pingback', 'trackback', 'note'].map(commentTypeFrom)).toEqual(['comment', 'comment', 'pingback', 'trackback', null])
  })

  it('reads WordPress dates as UTC, falling back from a zero GMT date to the local one', () => {
    expect(wordpressTime('2012-01-03 10:00:00', '')).toBe(Date.UTC(2012, 0, 3, 10))
    expect(wordpressTime('0000-00-00 00:00:00', '2012-01-03 11:00:00')).toBe(Date.UTC(2012, 0, 3, 11))
    expect(wordpressTime('', '')).toBeNull()
  })

  it('decodes percent-encoded non-Latin slugs and makes one when there is none', () => {
    expect(decodeSlug('%ce%b5%cf%80%ce%af%cf%80%ce%b5%ce%b4%ce%bf-2')).toBe('επίπεδο-2')
    expect(decodeSlug('%zz')).toBe('%zz')
    expect(itemSlug({ slug: '', title: 'Hello World', wordpressId: 4 })).toBe('hello-world')
    expect(itemSlug({ slug: '', title: '', wordpressId: 4 })).toBe('post-4')
  })

  it('finds old paths: the link on the old site, query forms, dated permalinks; other hosts are ignored', () => {
    const site = ['https://old.example', 'https://old.example/blog']
    expect(oldPathOf('https://old.example/2012/01/03/hello/', site)).toBe('/2012/01/03/hello')
    expect(oldPathOf('https://old.example/?p=12', site)).toBe('/?p=12')
    expect(oldPathOf('https://elsewhere.example/hello/', site)).toBeNull()
    expect(oldPathOf('not a url', site)).toBeNull()
    expect(datedPath('2012-01-03 10:00:00', 'επίπεδο')).toBe('/2012/01/03/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF')
    expect(canonicalPath('/greek/%ce%b5/')).toBe('/greek/%CE%B5')
  })

  it('keeps comments as plain text', () => {
    expect(commentText('Hi<br />there <a href="https://x.example">https://x.example</a> &amp; <b>you</b>')).toBe('Hi\nthere https://x.example & you')
  })

  it('reads what a menu item points at', () => {
    expect(menuTargetOf({ meta: { _menu_item_type: 'post_type', _menu_item_object: 'page', _menu_item_object_id: '2' } })).toEqual({
      kind: 'page',
      wordpressId: 2,
    })
    expect(menuTargetOf({ meta: { _menu_item_type: 'custom', _menu_item_url: 'https://x.example' } })).toEqual({ kind: 'custom', url: 'https://x.example' })
    expect(menuTargetOf({ meta: { _menu_item_type: 'taxonomy', _menu_item_object: 'post_tag', _menu_item_object_id: '3' } }).kind).toBe('unsupported')
  })

  it('finds an attachment below the uploads folder, never outside it', () => {
    expect(uploadsRelativePath('https://old.example/wp-content/uploads/2012/01/a.jpg')).toBe('2012/01/a.jpg')
    expect(uploadsRelativePath('https://old.example/files/2012/01/a.jpg')).toBe('2012/01/a.jpg')
    // The URL parser resolves dots first: what is left is looked up inside the uploads folder.
    expect(uploadsRelativePath('https://old.example/wp-content/uploads/../../etc/passwd')).toBe('etc/passwd')
    expect(uploadsRelativePath('https://old.example/wp-content/uploads/a%2F..%2F..%2Fetc%2Fpasswd')).toBeNull()
  })
})
