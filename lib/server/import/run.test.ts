import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'
import { wordpressFixturePath as fixture } from '@/test/wordpress-fixture'

const databasePath = openTemporaryDatabase()
const dataDir = path.dirname(databasePath)
const { db } = await import('@/db/client')
const schema = await import('@/db/schema')
const { importWxrFile } = await import('./run')
const { parseWxrText } = await import('@/lib/wxr/parse')
const { WxrError } = await import('@/lib/wxr/records')
const { isUnchanged } = await import('@/lib/wxr/report')
const { getPublishedPageByPath, getPublishedPostBySlug, listPublishedPosts } = await import('@/db/queries/posts')
const { listApprovedComments } = await import('@/db/queries/comments')
const { buildCommentTree } = await import('@/lib/comments/tree')
const { decodeSlug, datedPath, menuItemParentOf, oldPathOf } = await import('@/lib/wxr/map')
const { eq, sql } = await import('drizzle-orm')

const records = parseWxrText(readFileSync(fixture, 'utf8'))
const siteUrls = records.flatMap((record) => (record.kind === 'site' ? [record.link, record.baseBlogUrl] : []))
const items = records.flatMap((record) => (record.kind === 'item' ? [record] : []))

const tables = [
  schema.authors,
  schema.posts,
  schema.categories,
  schema.tags,
  schema.postCategories,
  schema.postTags,
  schema.comments,
  schema.menus,
  schema.menuItems,
  schema.redirects,
  schema.wordpressAttachments,
  schema.media,
] as const

async function rowCounts(): Promise<number[]> {
  return Promise.all(tables.map(async (table) => (await db.select({ n: sql<number>`count(*)` }).from(table))[0]?.n ?? 0))
}

async function redirectOf(fromPath: string): Promise<string | null> {
  const [row] = await db.select({ toPath: schema.redirects.toPath }).from(schema.redirects).where(eq(schema.redirects.fromPath, fromPath))
  return row?.toPath ?? null
}

function write(name: string, text: string | Buffer): string {
  const file = path.join(dataDir, name)
  writeFileSync(file, text)
  return file
}

describe('importing the Theme Unit Test export', () => {
  it('refuses hostile and wrong files with one clear error, leaving the empty database exactly as it was', async () => {
    const before = await rowCounts()
    const whole = readFileSync(fixture, 'utf8')
    const hostile: [string, string | Buffer, RegExp][] = [
      ['malformed.xml', whole.replace('</wp:post_id>', '</wp:postid>'), /not well-formed/],
      ['truncated.xml', whole.slice(0, Math.floor(whole.length * 0.7)), /truncated/],
      ['xxe.xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>`, /DOCTYPE/],
      [
        'laughs.xml',
        `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss>&c;</rss>`,
        /DOCTYPE/,
      ],
      [
        'feed.xml',
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>A post</title><link>https://x.example/a</link></item></channel></rss>',
        /RSS feed, not a WordPress export/,
      ],
      ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /not UTF-8|not well-formed|not XML/],
    ]
    for (const [name, text, message] of hostile) {
      const attempt = importWxrFile(write(name, text))
      await expect(attempt, name).rejects.toThrow(WxrError)
      await expect(importWxrFile(write(name, text)), name).rejects.toThrow(message)
      expect(await rowCounts(), name).toEqual(before)
    }
    // A 2 GB file (sparse: no disk used) is refused before a byte is read.
    const huge = write('huge.xml', '')
    truncateSync(huge, 2 * 1024 * 1024 * 1024)
    await expect(importWxrFile(huge)).rejects.toThrow(/2048 MB; an export larger than 1024 MB is refused/)
    rmSync(huge)
    expect(await rowCounts()).toEqual(before)
  })

  it('imports everything, keeps every old address working, and a second import changes nothing', async () => {
    await db.insert(schema.authors).values({ email: 'owner@example.com', name: 'Owner', slug: 'owner' })
    const report = await importWxrFile(fixture)
    expect(report.counts.posts.imported).toBe(58)
    expect(report.counts.pages.imported).toBe(21)
    expect(report.counts.comments.imported).toBe(33)
    expect(report.counts.categories.imported).toBe(68)
    expect(report.counts.tags.imported).toBe(110)
    expect(report.counts.attachments.imported).toBe(37)

    // Every published post at /slug (Greek slugs decoded), and through /?p=ID, its dated permalink and its old link.
    const published = items.filter((item) => item.postType === 'post' && item.status === 'publish')
    expect(published).toHaveLength(56)
    for (const item of published) {
      const slug = decodeSlug(item.slug)
      const post = await getPublishedPostBySlug(slug)
      expect(post, slug).not.toBeNull()
      const newPath = `/${encodeURIComponent(slug)}`
      expect(await redirectOf(`/?p=${item.wordpressId}`)).toBe(newPath)
      expect(await redirectOf(datedPath(item.postDate, slug) ?? '')).toBe(newPath)
      const oldLink = oldPathOf(item.link, siteUrls)
      expect(oldLink === newPath || (await redirectOf(oldLink ?? '')) === newPath, item.link).toBe(true)
    }
    expect(await getPublishedPostBySlug('επίπεδο-2')).toBeNull()
    // Every page at its path in the tree, and through /?page_id=ID.
    const pages = items.filter((item) => item.postType === 'page')
    for (const item of pages) {
      const target = await redirectOf(`/?page_id=${item.wordpressId}`)
      expect(target, item.title).not.toBeNull()
      const segments = (target ?? '')
        .split('/')
        .filter(Boolean)
        .map((segment) => decodeURIComponent(segment))
      expect((await getPublishedPageByPath(segments))?.page.title).toBe(item.title.trim())
      // Its old link is either the same path here or a redirect to it.
      const oldLink = oldPathOf(item.link, siteUrls)
      expect(oldLink === target || (await redirectOf(oldLink ?? '')) === target, item.link).toBe(true)
    }
    expect(await getPublishedPageByPath(['level-1', 'level-2', 'level-3'])).not.toBeNull()
    expect(await getPublishedPageByPath(['greek', 'επίπεδο-2', 'επίπεδο-3'])).not.toBeNull()

    // Drafts and scheduled posts are not public; the password post hides its text from every shared read.
    for (const item of items.filter((item) => item.postType === 'post' && item.status !== 'publish'))
      expect(await getPublishedPostBySlug(decodeSlug(item.slug) || 'none')).toBeNull()
    const protectedPost = await getPublishedPostBySlug('template-password-protected')
    expect(protectedPost).toMatchObject({ isPasswordProtected: true, body: '', excerpt: '' })
    expect((await listPublishedPosts({}, 1, 100)).posts.find((post) => post.id === protectedPost?.id)?.body).toBe('')

    // Nor does search (a word of its body does not find it; its title does, with no snippet) or the comments feed.
    const { listSearchResults } = await import('@/db/queries/search')
    expect((await listSearchResults('"pingbacks"', 1, 10)).results.find((result) => result.id === protectedPost?.id)).toBeUndefined()
    const byTitle = (await listSearchResults('"password protected"', 1, 10)).results.find((result) => result.id === protectedPost?.id)
    expect(byTitle?.markedSnippet).toBe('')
    const { listFeedComments } = await import('@/db/queries/feeds')
    expect((await listFeedComments(protectedPost?.id ?? 0, 50)).length).toBe(0)

    // The title with markup is kept as text (React renders it inert).
    expect(await getPublishedPostBySlug('markup-title-with-markup')).toMatchObject({ title: 'Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>' })

    // The ten-deep chain: nested to the configured depth, the rest flattened at the deepest level.
    const chainRoot = records.flatMap((record) => (record.kind === 'comment' && record.wordpressId === 904 ? [record] : []))[0]
    const [threadPost] = await db
      .select({ id: schema.posts.id })
      .from(schema.posts)
      .where(eq(schema.posts.wordpressId, chainRoot?.postWordpressId ?? 0))
    const approved = await listApprovedComments(threadPost?.id ?? 0)
    const maxDepthOf = (nodes: ReturnType<typeof buildCommentTree>): number =>
      Math.max(0, ...nodes.map((node) => Math.max(node.depth, maxDepthOf(node.children))))
    expect(maxDepthOf(buildCommentTree(approved, { maxDepth: 10, order: 'oldest' }))).toBe(10)
    expect(maxDepthOf(buildCommentTree(approved, { maxDepth: 5, order: 'oldest' }))).toBe(5)
    const count = (nodes: ReturnType<typeof buildCommentTree>): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0)
    expect(count(buildCommentTree(approved, { maxDepth: 5, order: 'oldest' }))).toBe(approved.length)
    const allComments = await db.select({ type: schema.comments.type, email: schema.comments.authorEmail }).from(schema.comments)
    expect(allComments).toHaveLength(33)
    expect(allComments.filter((comment) => comment.type !== 'comment')).toHaveLength(4)

    // The category tree as in the file.
    const categoryRows = await db
      .select({ id: schema.categories.id, slug: schema.categories.slug, parentId: schema.categories.parentId })
      .from(schema.categories)
    const slugById = new Map(categoryRows.map((row) => [row.id, row.slug]))
    for (const term of records.flatMap((record) => (record.kind === 'term' && record.taxonomy === 'category' ? [record] : []))) {
      const row = categoryRows.find((candidate) => candidate.slug === decodeSlug(term.slug))
      expect(row?.parentId ? slugById.get(row.parentId) : '', term.slug).toBe(decodeSlug(term.parentSlug))
    }
    // The nested menus as in the file: every imported item hangs under the item the file names.
    const menuRows = await db
      .select({ id: schema.menuItems.id, parentId: schema.menuItems.parentId, wordpressId: schema.menuItems.wordpressId })
      .from(schema.menuItems)
    const wordpressIdOf = new Map(menuRows.map((row) => [row.id, row.wordpressId]))
    for (const row of menuRows) {
      const item = items.find((candidate) => candidate.wordpressId === row.wordpressId)
      expect(row.parentId === null ? 0 : wordpressIdOf.get(row.parentId), `menu item ${row.wordpressId}`).toBe(item ? menuItemParentOf(item) : -1)
    }
    const depthOf = (id: number | null): number => (id === null ? 0 : 1 + depthOf(menuRows.find((row) => row.id === id)?.parentId ?? null))
    expect(Math.max(...menuRows.map((row) => depthOf(row.id)))).toBeGreaterThanOrEqual(10)

    const after = await rowCounts()
    const again = await importWxrFile(fixture)
    expect(await rowCounts()).toEqual(after)
    expect(isUnchanged(again)).toBe(true)
  })

  it('merges into a blog with content by slug and says so', async () => {
    const [post] = await db.select({ id: schema.posts.id }).from(schema.posts).where(eq(schema.posts.slug, 'keyboard-navigation'))
    await db
      .update(schema.posts)
      .set({ wordpressId: null, body: '<p>My own words</p>' })
      .where(eq(schema.posts.id, post?.id ?? 0))
    await db.delete(schema.comments).where(eq(schema.comments.postId, post?.id ?? 0))
    const report = await importWxrFile(fixture)
    expect(report.counts.posts.updated).toBe(1)
    expect(report.notes.join('\n')).toContain('The post “keyboard-navigation” already existed')
    const [merged] = await db
      .select({ body: schema.posts.body, wordpressId: schema.posts.wordpressId })
      .from(schema.posts)
      .where(eq(schema.posts.id, post?.id ?? 0))
    expect(merged).toEqual({ body: '<p>My own words</p>', wordpressId: items.find((item) => item.slug === 'keyboard-navigation')?.wordpressId })
    expect(report.counts.posts.imported).toBe(0)
  })

  it('keeps private and pending posts out of every reader list', async () => {
    const item = (id: number, slug: string, status: string) =>
      `<item><title>${slug}</title><wp:post_id>${id}</wp:post_id><wp:post_date>2020-01-01 00:00:00</wp:post_date><wp:post_name>${slug}</wp:post_name><wp:status>${status}</wp:status><wp:post_type>post</wp:post_type></item>`
    const file = write(
      'private.xml',
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:wp="https://wordpress.org/export/1.1/"><channel><title>x</title><wp:wxr_version>1.1</wp:wxr_version>${item(880001, 'only-for-me', 'private')}${item(880002, 'waiting-for-review', 'pending')}</channel></rss>`,
    )
    const report = await importWxrFile(file)
    expect(report.counts.posts.imported).toBe(2)
    const statuses = await db
      .select({ status: schema.posts.status })
      .from(schema.posts)
      .where(sql`${schema.posts.wordpressId} in (880001, 880002)`)
    expect(statuses.map((row) => row.status).sort()).toEqual(['pending', 'private'])
    expect(await getPublishedPostBySlug('only-for-me')).toBeNull()
    expect(await getPublishedPostBySlug('waiting-for-review')).toBeNull()
    const listed = (await listPublishedPosts({}, 1, 1000)).posts.map((post) => post.slug)
    expect(listed).not.toContain('only-for-me')
    expect(listed).not.toContain('waiting-for-review')
  })
})
