import { beforeEach, describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const { db } = await import('../client')
const { listSearchResults } = await import('./search')
const { savePost } = await import('./admin-posts')
const { savePostValues } = await import('@/test/content-fixtures')
const { buildMatchExpression } = await import('@/lib/search/query')
const { splitSnippet } = await import('@/lib/search/snippet')
const { authors, posts, postTags, tags } = await import('../schema')
const { eq } = await import('drizzle-orm')

let authorId = 0

beforeEach(async () => {
  for (const table of [postTags, posts, tags, authors]) await db.delete(table)
  authorId = (await db.insert(authors).values({ email: 'maren@example.com', name: 'Maren', slug: 'maren' }).returning({ id: authors.id }))[0]?.id ?? 0
})

type Fields = {
  title: string
  body?: string
  excerpt?: string
  status?: 'draft' | 'published' | 'scheduled' | 'trash'
  type?: 'post' | 'page'
  tags?: string[]
  id?: number
  slug?: string
}

async function save(fields: Fields) {
  const tagNames = fields.tags ?? []
  const result = await savePost(
    savePostValues({
      id: fields.id ?? null,
      type: fields.type ?? 'post',
      authorId,
      status: fields.status ?? 'published',
      title: fields.title,
      slug: fields.slug ?? fields.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      excerpt: fields.excerpt ?? '',
      body: fields.body ?? '',
      publishedAt: 1_700_000_000_000,
      tagNames,
      tagSlugs: tagNames.map((name) => name.toLowerCase()),
    }),
  )
  return result.id
}

async function search(query: string) {
  const match = buildMatchExpression(query)
  if (match === null) return []
  const { results } = await listSearchResults(match, 1, 20)
  return results.map((result) => result.markedTitle.replace(/[\u0002\u0003]/g, ''))
}

describe('search index', () => {
  it('finds published posts and pages by title, body text, excerpt and tag', async () => {
    await save({ title: 'Pacing basics', body: '<p>How I <strong>budget</strong> my energy.</p>' })
    await save({ title: 'About me', type: 'page', excerpt: 'Who writes this blog' })
    await save({ title: 'Kitchen notes', tags: ['Meal prep'] })
    expect(await search('budget')).toEqual(['Pacing basics'])
    expect(await search('writes')).toEqual(['About me'])
    expect(await search('meal')).toEqual(['Kitchen notes'])
  })

  it('indexes the text of the body, not its markup', async () => {
    await save({ title: 'Links', body: '<p class="x"><a href="https://example.com/strong">a link</a></p>' })
    expect(await search('href')).toEqual([])
    expect(await search('example')).toEqual([])
    expect(await search('link')).toEqual(['Links'])
  })

  it('finds a password-protected post by its title only, never by the words it protects', async () => {
    const id = await save({ title: 'Flare diary', body: '<p>hidden cardamom notes</p>', excerpt: 'private saffron summary' })
    expect(await search('cardamom')).toEqual(['Flare diary'])
    await db.update(posts).set({ password: 'spoons' }).where(eq(posts.id, id))
    expect(await search('cardamom')).toEqual([])
    expect(await search('saffron')).toEqual([])
    expect(await search('flare')).toEqual(['Flare diary'])
    await db.update(posts).set({ password: '' }).where(eq(posts.id, id))
    expect(await search('cardamom')).toEqual(['Flare diary'])
  })

  it('never finds a draft, a scheduled or a trashed post', async () => {
    await save({ title: 'Secret draft words', status: 'draft' })
    await save({ title: 'Secret scheduled words', status: 'scheduled' })
    await save({ title: 'Secret trashed words', status: 'trash' })
    expect(await search('secret')).toEqual([])
  })

  it('finds an update at once and forgets what was unpublished or deleted', async () => {
    const id = await save({ title: 'First title', body: '<p>old words</p>' })
    await save({ id, title: 'Second title', body: '<p>new words</p>' })
    expect(await search('old')).toEqual([])
    expect(await search('new')).toEqual(['Second title'])
    await save({ id, title: 'Second title', body: '<p>new words</p>', status: 'draft' })
    expect(await search('new')).toEqual([])
    const other = await save({ title: 'Going away' })
    await db.delete(posts).where(eq(posts.id, other))
    expect(await search('going')).toEqual([])
  })

  it('follows tag renames and tag removal', async () => {
    const id = await save({ title: 'Tagged', tags: ['Brain fog'] })
    await db.update(tags).set({ name: 'Cognitive fatigue' }).where(eq(tags.slug, 'brain fog'))
    expect(await search('fog')).toEqual([])
    expect(await search('cognitive')).toEqual(['Tagged'])
    await db.delete(tags)
    expect(await search('cognitive')).toEqual([])
    expect(await search('tagged')).toEqual([`Tagged`])
    expect(id).toBeGreaterThan(0)
  })

  it('ranks a title match above a body match', async () => {
    await save({ title: 'A day in the garden', body: '<p>Resting between tasks. Resting again.</p>' })
    await save({ title: 'Resting well', body: '<p>Notes.</p>' })
    expect(await search('resting')).toEqual(['Resting well', 'A day in the garden'])
  })

  it('folds accents both ways, and finds prefixes and phrases', async () => {
    await save({ title: 'The café by the river', body: '<p>Quiet spoons and slow mornings.</p>' })
    expect(await search('cafe')).toEqual(['The café by the river'])
    expect(await search('CAFÉ')).toEqual(['The café by the river'])
    expect(await search('morn*')).toEqual(['The café by the river'])
    expect(await search('"slow mornings"')).toEqual(['The café by the river'])
    expect(await search('"mornings slow"')).toEqual([])
  })

  it('answers hostile and odd input without an error', async () => {
    await save({ title: 'Near the end', body: '<p>and or not</p>' })
    const inputs = [
      '"',
      '""',
      'NEAR',
      'NEAR(',
      'a NEAR/2 b',
      'AND',
      'OR OR',
      'NOT',
      '^',
      ':',
      'title:near',
      '(',
      ')',
      '-',
      '*',
      '**',
      'near*',
      '🥄',
      '\u0000',
      'x'.repeat(2000),
      'near '.repeat(400),
      "' or 1=1 --",
    ]
    for (const input of inputs) await expect(search(input)).resolves.toBeInstanceOf(Array)
    expect(await search('NEAR')).toEqual(['Near the end'])
    expect(await search('title:near')).toEqual([])
  })

  it('marks matches in the snippet without turning text into markup', async () => {
    await save({ title: 'Escapes', body: '<p>Type &lt;script&gt; to see spoons.</p>' })
    const { results } = await listSearchResults(buildMatchExpression('spoons') ?? '', 1, 10)
    const pieces = splitSnippet(results[0]?.markedSnippet ?? '')
    expect(pieces).toContainEqual({ text: 'spoons', isMatch: true })
    expect(pieces.map((piece) => piece.text).join('')).toContain('<script>')
  })

  it('pages through results with a total', async () => {
    for (let index = 0; index < 5; index += 1) await save({ title: `Spoon ${index}`, slug: `spoon-${index}` })
    const first = await listSearchResults('"spoon"', 1, 2)
    const third = await listSearchResults('"spoon"', 3, 2)
    expect(first.total).toBe(5)
    expect(first.results).toHaveLength(2)
    expect(third.results).toHaveLength(1)
    expect(third.results[0]?.path).toMatch(/^\/spoon-\d$/)
  })
})
