import { describe, expect, it } from 'vitest'
import { reservedSlugs } from '@/lib/routes'
import { chooseSlug, slugify, uniqueSlug } from './slug'

describe('slugify', () => {
  it.each([
    ['Hello World', 'hello-world'],
    ['Tips & Tricks', 'tips-tricks'],
    ['Tips &amp; Tricks', 'tips-tricks'],
    ['What’s Helped Me Most', 'whats-helped-me-most'],
    ["What's Helped Me Most", 'whats-helped-me-most'],
    ['What&#8217;s New', 'whats-new'],
    ['“Quoted” words', 'quoted-words'],
    ['Café crème brûlée', 'cafe-creme-brulee'],
    ['Straße', 'strasse'],
    ['Ærø Łódź', 'aero-lodz'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['Multiple   spaces\tand\nnewlines', 'multiple-spaces-and-newlines'],
    ['Memantine: 10mg/day (2019)', 'memantine-10mg-day-2019'],
    ['one.two_three', 'one-two-three'],
    ['ALL CAPS', 'all-caps'],
    ['ﬁbromyalgia', 'fibromyalgia'],
    ['Spoons&mdash;and forks', 'spoons-and-forks'],
    ['2014', '2014'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it.each(['', '   ', '&&&', '!!!', '日本語', '’’'])('falls back to "untitled" for %j', (title) => {
    expect(slugify(title)).toBe('untitled')
  })

  it('never produces doubled, leading or trailing hyphens', () => {
    const slug = slugify(' -- a -- & -- b -- ')
    expect(slug).toBe('a-b')
  })

  it('caps the length at 200 characters without a trailing hyphen', () => {
    const long = slugify('word '.repeat(100))
    expect(long.length).toBeLessThanOrEqual(200)
    expect(long.endsWith('-')).toBe(false)
    expect(slugify('a'.repeat(300))).toHaveLength(200)
  })

  it('keeps markup characters out', () => {
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script')
    expect(slugify('../../etc/passwd')).toBe('etc-passwd')
  })

  it('is idempotent', () => {
    for (const title of ['Tips & Tricks', 'What’s Helped Me Most', 'Café', '']) {
      expect(slugify(slugify(title))).toBe(slugify(title))
    }
  })
})

describe('uniqueSlug', () => {
  it('returns the base when it is free', async () => {
    expect(await uniqueSlug('hello', () => false)).toBe('hello')
  })

  it('appends -2, -3, … until free, asking an async check too', async () => {
    const taken = new Set(['hello', 'hello-2', 'hello-3'])
    expect(await uniqueSlug('hello', (slug) => taken.has(slug))).toBe('hello-4')
    expect(await uniqueSlug('hello', async (slug) => taken.has(slug))).toBe('hello-4')
  })

  it('lets the caller treat reserved paths as taken', async () => {
    const isTaken = (slug: string) => reservedSlugs.has(slug)
    expect(await uniqueSlug('feed', isTaken)).toBe('feed-2')
    expect(await uniqueSlug('my-feed', isTaken)).toBe('my-feed')
  })

  it('stays within 200 characters', async () => {
    const base = 'a'.repeat(200)
    const slug = await uniqueSlug(base, (candidate) => candidate === base)
    expect(slug).toHaveLength(200)
    expect(slug.endsWith('-2')).toBe(true)
  })
})

describe('chooseSlug', () => {
  const takenMessage = (slug: string) => `“${slug}” is taken`
  const taken = new Set(['pacing', 'pacing-2'])

  it('keeps a typed slug that is free, slugified', async () => {
    expect(await chooseSlug({ typed: 'My Pacing Plan', madeFrom: 'ignored', takenMessage }, (slug) => taken.has(slug))).toEqual({ slug: 'my-pacing-plan' })
  })

  it('refuses a typed slug that is taken instead of numbering it', async () => {
    expect(await chooseSlug({ typed: 'Pacing', madeFrom: 'x', takenMessage }, (slug) => taken.has(slug))).toEqual({ error: '“pacing” is taken' })
  })

  it('numbers a slug made from the title', async () => {
    expect(await chooseSlug({ typed: '', madeFrom: 'Pacing', takenMessage }, (slug) => taken.has(slug))).toEqual({ slug: 'pacing-3' })
  })
})

describe('reservedSlugs', () => {
  it.each([
    'admin',
    'api',
    'login',
    'logout',
    'category',
    'tag',
    'author',
    'search',
    'feed',
    'comments',
    'page',
    'newsletter',
    'sitemap.xml',
    'robots.txt',
    '_next',
    'media',
    'uploads',
    'favicon.ico',
    'wp-admin',
    'wp-login.php',
    'wp-content',
    'first',
    'returning',
    'page-not-found',
    'conversation',
    'preview',
    'avatar',
  ])('reserves %s', (segment) => {
    expect(reservedSlugs.has(segment)).toBe(true)
  })

  it('does not reserve ordinary words', () => {
    expect(reservedSlugs.has('about')).toBe(false)
  })
})
