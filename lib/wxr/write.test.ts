import { describe, expect, it } from 'vitest'
import { parseWxrText } from './parse'
import { cdata, exportIds, wordpressSlug, wxrHead, wxrItem, wxrTail } from './write'

describe('WXR writing', () => {
  it('escapes CDATA ends and drops characters XML cannot hold', () => {
    expect(cdata('a]]>b\u0001')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>')
  })

  it('writes slugs the way WordPress stores them', () => {
    expect(wordpressSlug('επίπεδο-2')).toBe('%ce%b5%cf%80%ce%af%cf%80%ce%b5%ce%b4%ce%bf-2')
  })

  it('numbers items: WordPress ids kept, own ids unless taken', () => {
    expect([
      ...exportIds([
        { key: 'a', id: 5, wordpressId: null },
        { key: 'b', id: 6, wordpressId: 5 },
        { key: 'c', id: 7, wordpressId: null },
      ]),
    ]).toEqual([
      ['a', 8],
      ['b', 5],
      ['c', 7],
    ])
  })

  it('writes an item our own parser reads back field for field', () => {
    const xml =
      wxrHead({ title: 'T & T', link: 'https://x.example', description: '', language: 'en', generatedAt: new Date(0) }) +
      wxrItem({
        id: 3,
        title: 'A <b>title</b>',
        link: 'https://x.example/a',
        guid: 'https://x.example/?p=3',
        creator: 'ann',
        content: '<p>x]]>y</p>',
        excerpt: 'a < b',
        publishedAt: Date.UTC(2020, 0, 2, 3, 4, 5),
        modifiedAt: null,
        commentStatus: 'open',
        slug: 'a',
        status: 'published',
        parentId: 0,
        menuOrder: 0,
        postType: 'post',
        password: 'pw',
        isSticky: true,
        attachmentUrl: '',
        terms: [{ domain: 'category', slug: 'news', name: 'News' }],
        meta: [['_thumbnail_id', '9']],
        comments: [
          {
            id: 1,
            authorName: 'Bo',
            authorEmail: 'bo@x.example',
            authorUrl: '',
            authorIp: '',
            createdAt: 0,
            body: 'hi <3',
            status: 'approved',
            type: 'comment',
            parentId: 0,
            userId: 0,
          },
        ],
      }) +
      wxrTail()
    const records = parseWxrText(xml)
    expect(records.find((record) => record.kind === 'item')).toMatchObject({
      wordpressId: 3,
      title: 'A <b>title</b>',
      content: '<p>x]]>y</p>',
      excerpt: 'a &lt; b',
      postDate: '2020-01-02 03:04:05',
      status: 'publish',
      password: 'pw',
      isSticky: true,
      meta: { _thumbnail_id: '9' },
    })
    expect(records.find((record) => record.kind === 'comment')).toMatchObject({ content: 'hi &lt;3', approved: '1', authorEmail: 'bo@x.example' })
  })
})
