import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseWxr, parseWxrText } from './parse'
import { WxrError, type WxrRecord } from './records'
import { wordpressFixturePath as fixture } from '@/test/wordpress-fixture'

function wxr(body: string, namespace = 'http://wordpress.org/export/1.2/', version = '1.2'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="${namespace}excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="${namespace}">
<channel><title>Blog</title><link>https://old.example</link><wp:wxr_version>${version}</wp:wxr_version>${body}</channel></rss>`
}

const post = `<item><title>Hello &amp; welcome</title><link>https://old.example/2012/01/03/hello/</link><dc:creator>ann</dc:creator>
<content:encoded><![CDATA[<p>Body</p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>12</wp:post_id><wp:post_date>2012-01-03 10:00:00</wp:post_date><wp:post_name>hello</wp:post_name><wp:status>publish</wp:status>
<wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password><wp:is_sticky>1</wp:is_sticky>
<category domain="category" nicename="news"><![CDATA[News]]></category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7</wp:meta_value></wp:postmeta>
<wp:comment><wp:comment_id>3</wp:comment_id><wp:comment_author>Bo</wp:comment_author><wp:comment_content>Hi</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item>`

describe('parseWxrText', () => {
  it('yields typed records one by one: site, authors, terms, items and comments', () => {
    const records = parseWxrText(
      wxr(`<wp:author><wp:author_login>ann</wp:author_login><wp:author_email>ann@example.com</wp:author_email><wp:author_display_name><![CDATA[Ann]]></wp:author_display_name></wp:author>
<wp:category><wp:term_id>5</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[News]]></wp:cat_name></wp:category>${post}`),
    )
    expect(records.map((record) => record.kind)).toEqual(['site', 'author', 'term', 'comment', 'item'])
    const item = records.find((record) => record.kind === 'item')
    expect(item).toMatchObject({
      wordpressId: 12,
      title: 'Hello & welcome',
      slug: 'hello',
      isSticky: true,
      terms: [{ domain: 'category', slug: 'news', name: 'News' }],
      meta: { _thumbnail_id: '7' },
    })
    expect(records.find((record) => record.kind === 'comment')).toMatchObject({
      postWordpressId: 12,
      wordpressId: 3,
      authorName: 'Bo',
      content: 'Hi',
      approved: '1',
    })
  })

  it.each([
    ['1.0 over http', 'http://wordpress.org/export/1.0/', '1.0'],
    ['1.1 over http', 'http://wordpress.org/export/1.1/', '1.1'],
    ['1.2 over https', 'https://wordpress.org/export/1.2/', '1.2'],
  ])('reads WXR %s', (_name, namespace, version) => {
    const records = parseWxrText(wxr(post, namespace, version))
    expect(records[0]).toMatchObject({ kind: 'site', version })
    expect(records.some((record) => record.kind === 'item' && record.wordpressId === 12)).toBe(true)
  })

  it('refuses a DOCTYPE before any entity can be declared or expanded (XXE, billion laughs)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>`
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss>&lol3;</rss>`
    for (const xml of [xxe, laughs]) expect(() => parseWxrText(xml)).toThrow(/DOCTYPE/)
  })

  it('refuses an undeclared entity, a malformed file, a truncated one, RSS that is not WXR and non-XML', () => {
    expect(() => parseWxrText(wxr('<item><title>&x;</title></item>'))).toThrow(WxrError)
    expect(() => parseWxrText(wxr(post).replace('</wp:post_id>', '</wp:post>'))).toThrow(/not well-formed/)
    const whole = wxr(post)
    expect(() => parseWxrText(whole.slice(0, whole.length / 2))).toThrow(/truncated/)
    expect(() => parseWxrText('<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title><item><title>x</title></item></channel></rss>')).toThrow(
      /RSS feed, not a WordPress export/,
    )
    expect(() => parseWxrText('<html><body>hi</body></html>')).toThrow(/root element is <html>/)
    expect(() => parseWxrText('')).toThrow(/empty/)
  })

  it('refuses a binary file in the streaming form', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00])
    async function* chunks() {
      yield png
    }
    await expect(async () => {
      for await (const record of parseWxr(chunks())) expect(record).toBeUndefined()
    }).rejects.toThrow(WxrError)
  })
})

describe('parseWxr on the Theme Unit Test export', () => {
  it('streams every record of the fixture with the counts its README gives', async () => {
    async function* chunks() {
      const bytes = readFileSync(fixture)
      for (let offset = 0; offset < bytes.length; offset += 4096) yield bytes.subarray(offset, offset + 4096)
    }
    const counts = new Map<string, number>()
    const records: WxrRecord[] = []
    for await (const record of parseWxr(chunks())) {
      records.push(record)
      const key = record.kind === 'item' ? record.postType : record.kind === 'term' ? record.taxonomy : record.kind
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    expect(Object.fromEntries(counts)).toMatchObject({ site: 1, author: 2, post_tag: 110, post: 58, page: 21, attachment: 37, nav_menu_item: 70, comment: 33 })
    // The ten-deep reply chain: from comment 915 up to its top-level ancestor 904.
    const parentOf = new Map(records.flatMap((record) => (record.kind === 'comment' ? [[record.wordpressId, record.parentWordpressId] as const] : [])))
    const chain = [915]
    for (let parent = parentOf.get(915); parent; parent = parentOf.get(parent)) chain.unshift(parent)
    expect(chain).toHaveLength(10)
  })
})
