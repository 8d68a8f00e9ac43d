import type { Page } from '@playwright/test'
import { parseXml } from '../test/xml'
import { CommentForm } from './pages/comment-form'
import { ModerationQueuePage } from './pages/moderation-queue'
import { PostEditor } from './pages/post-editor'
import { expect, expectNoAxeViolations, openTestDatabase, relaxedCommentRules, setSettings, signIn, test, uniqueText } from './fixtures'

// Being found: the search box, the head of every kind of reader page (canonical, Open Graph, Twitter,
// JSON-LD), and the feeds and sitemap as feed readers and crawlers fetch them.

type Node = Record<string, unknown>
const text = (node: unknown) => (typeof node === 'object' && node !== null ? String((node as Node)['#text']) : String(node))
const list = (node: unknown): Node[] => (Array.isArray(node) ? (node as Node[]) : node === undefined ? [] : [node as Node])

function insertPost(title: string, slug: string, status = 'published') {
  const sqlite = openTestDatabase()
  try {
    const author = sqlite.prepare("select id from authors where email = 'maren@example.com'").get() as { id: number }
    const now = Date.now()
    sqlite
      .prepare(
        "insert into posts (type, status, title, slug, author_id, body, excerpt, published_at, modified_at) values ('post', ?, ?, ?, ?, '<p>Written for the being-found journey.</p>', 'A short summary.', ?, ?)",
      )
      .run(status, title, slug, author.id, now - 60_000, now)
  } finally {
    sqlite.close()
  }
}

async function jsonLd(page: Page): Promise<Node[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.map((script) => JSON.parse(script) as Node)
}

// Exactly one canonical; Open Graph and Twitter complete; feeds linked for autodiscovery.
async function expectCompleteHead(page: Page, canonical: string) {
  const head = page.locator('head')
  await expect(head.locator('link[rel="canonical"]')).toHaveCount(1)
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical)
  for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:site_name']) {
    await expect(head.locator(`meta[property="${property}"]`), property).toHaveCount(1)
    await expect(head.locator(`meta[property="${property}"]`), property).toHaveAttribute('content', /\S/)
  }
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical)
  for (const name of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
    await expect(head.locator(`meta[name="${name}"]`), name).toHaveAttribute('content', /\S/)
  }
  await expect(head.locator('meta[name="description"]')).toHaveCount(1)
  const origin = new URL(canonical).origin
  await expect(head.locator(`link[rel="alternate"][type="application/rss+xml"][href="${origin}/feed"]`)).toHaveCount(1)
  await expect(head.locator(`link[rel="alternate"][type="application/rss+xml"][href="${origin}/comments/feed"]`)).toHaveCount(1)
  await expect(head.locator(`link[rel="alternate"][type="application/atom+xml"][href="${origin}/feed/atom"]`)).toHaveCount(1)
}

async function visibleCrumbs(page: Page) {
  return (await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').allTextContents()).map((crumb) =>
    crumb.replace(/^\s*\/\s*/, '').trim(),
  )
}

test('the search box works with and without JavaScript, and any input is answered calmly', async ({ page, isJavaScriptEnabled }) => {
  await page.goto('/')
  const box = page.getByRole('search', { name: 'Site' })
  await box.getByRole('searchbox', { name: 'Search the blog' }).fill('spoon theory')
  await box.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=spoon\+theory$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “spoon theory”')
  await expect(page.getByRole('main').getByRole('status')).toContainText(/\d+ results? for “spoon theory”/)
  const first = page.getByRole('main').getByRole('listitem').first()
  await expect(first.getByRole('link')).toBeVisible()
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(/spoon|theory/i)
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)

  // The query stays in the results page's own box; syntax characters are only characters.
  const results = page.getByRole('search', { name: 'Search results' })
  await expect(results.getByRole('searchbox')).toHaveValue('spoon theory')
  await results.getByRole('searchbox').fill('"NEAR( title:x ^ 🥄 -(')
  await results.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/Nothing found|results? for/)

  for (const query of ['"', 'NEAR', 'a OR b AND NOT c', '🥄🥄', 'x'.repeat(2000), '']) {
    const response = await page.goto(`/search?q=${encodeURIComponent(query)}`)
    expect(response?.status(), query.slice(0, 20)).toBe(200)
    await expect(page.getByRole('main').getByRole('status')).toBeVisible()
  }
  await page.goto('/search?q=')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Type a word or two to search the blog.')
})

test('every kind of reader page has one canonical, complete sharing tags and matching JSON-LD', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'the head is the same HTML for both projects')
  // Home: the WebSite with its SearchAction.
  await page.goto('/')
  const origin = new URL(page.url()).origin
  await expectCompleteHead(page, `${origin}/`)
  const site = (await jsonLd(page)).find((data) => data['@type'] === 'WebSite')
  expect((site?.potentialAction as Node | undefined)?.['@type']).toBe('SearchAction')
  expect(JSON.stringify(site)).toContain(`${origin}/search?q={search_term_string}`)

  // A post: BlogPosting and BreadcrumbList that match what the page shows; comment pages share it.
  await page.goto('/start-here')
  await expectCompleteHead(page, `${origin}/start-here`)
  await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('head link[rel="alternate"][href$="/start-here/feed"]')).toHaveCount(1)
  const postData = await jsonLd(page)
  const posting = postData.find((data) => data['@type'] === 'BlogPosting')
  expect(posting?.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent())
  expect((posting?.author as Node)['@type']).toBe('Person')
  expect(posting?.datePublished).toMatch(/^\d{4}-\d\d-\d\dT/)
  expect(Date.parse(String(posting?.dateModified))).toBeGreaterThanOrEqual(Date.parse(String(posting?.datePublished)))
  expect((posting?.publisher as Node).name).toBe('Spoon Notes')
  expect(list(posting?.image)[0]).toBeDefined()
  const crumbs = postData.find((data) => data['@type'] === 'BreadcrumbList')
  expect(list(crumbs?.itemListElement).map((item) => item.name)).toEqual(await visibleCrumbs(page))
  await page.goto('/start-here/')
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${origin}/start-here`)

  // A nested page: its breadcrumbs too.
  await page.goto('/about/whats-helped-me-most')
  await expectCompleteHead(page, `${origin}/about/whats-helped-me-most`)
  const pageCrumbs = (await jsonLd(page)).find((data) => data['@type'] === 'BreadcrumbList')
  expect(list(pageCrumbs?.itemListElement).map((item) => item.name)).toEqual(await visibleCrumbs(page))
  expect(list(pageCrumbs?.itemListElement)[1]?.item).toBe(`${origin}/about`)

  // An archive: its own feed linked, its breadcrumbs.
  await page.goto('/category/coping')
  await expectCompleteHead(page, `${origin}/category/coping`)
  await expect(page.locator('head link[rel="alternate"][href$="/category/coping/feed"]')).toHaveCount(1)
  const archiveCrumbs = (await jsonLd(page)).find((data) => data['@type'] === 'BreadcrumbList')
  expect(list(archiveCrumbs?.itemListElement).map((item) => item.name)).toEqual(await visibleCrumbs(page))

  // Other pages of the site still offer the feeds.
  await page.goto('/newsletter')
  await expect(page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${origin}/feed"]`)).toHaveCount(1)

  // Search and 404: noindex. (Search keeps one canonical; a 404 has none.)
  await page.goto('/search?q=rest')
  await expectCompleteHead(page, `${origin}/search`)
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const missing = await page.goto('/no-such-post-anywhere')
  expect(missing?.status()).toBe(404)
  await expect(page.locator('head meta[name="robots"]').first()).toHaveAttribute('content', /noindex/)
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0)
})

test('a hostile title stays inert in JSON-LD and in the sharing tags', async ({ page, isJavaScriptEnabled }) => {
  test.skip(!isJavaScriptEnabled, 'the check that nothing ran needs JavaScript')
  const title = `</script><script>window.__pwned=1</script>"><meta name="injected" content="x"> & ${Date.now()}`
  const slug = `hostile-head-${Date.now().toString(36)}`
  insertPost(title, slug)
  await page.goto(`/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await expect(page.locator('meta[name="injected"]')).toHaveCount(0)
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', title)
  await expect(page.locator('head meta[name="twitter:title"]')).toHaveAttribute('content', title)
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1)
  const data = await jsonLd(page)
  expect(data.find((item) => item['@type'] === 'BlogPosting')?.headline).toBe(title)
  // The generated share card for it is a real image, drawn without the network.
  const card = await page.request.get(String(await page.locator('head meta[property="og:image"]').getAttribute('content')))
  expect(card.status()).toBe(200)
  expect(card.headers()['content-type']).toBe('image/png')
})

test('feeds and the sitemap parse, answer 304, and show a new post and an approved comment at once', async ({ page, browser, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'feeds are fetched, not browsed; the editor is driven with JavaScript once')
  setSettings(relaxedCommentRules)
  const fetchFeed = async (path: string) => {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    return { response, document: parseXml(await response.text()) }
  }

  // RSS 2.0: channel title, link, description; items with title, link, guid, pubDate.
  const rss = await fetchFeed('/feed')
  expect(rss.response.headers()['content-type']).toContain('application/rss+xml')
  const channel = (rss.document.rss as Node).channel as Node
  for (const element of ['title', 'link', 'description']) expect(text(list(channel[element])[0]), element).toMatch(/\S/)
  expect(list(channel.item).length).toBeGreaterThan(0)
  for (const item of list(channel.item)) {
    for (const element of ['title', 'guid', 'pubDate', 'description']) expect(item[element], element).toBeDefined()
    expect(text(list(item.link)[0])).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
  }
  // Atom 1.0: feed id, title, updated, self link; entries with id, title, updated, author.
  const atom = (await fetchFeed('/feed/atom')).document.feed as Node
  for (const element of ['id', 'title', 'updated']) expect(atom[element], element).toBeDefined()
  for (const entry of list(atom.entry)) for (const element of ['id', 'title', 'updated', 'author']) expect(entry[element], element).toBeDefined()
  // Sitemap and robots.txt.
  const sitemap = (await fetchFeed('/sitemap.xml')).document.urlset as Node
  expect(list(sitemap.url).map((url) => text(url.loc))).toContain(`${new URL(rss.response.url()).origin}/start-here`)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m)
  expect(robots).toContain('Disallow: /search')
  // The WordPress form with a slash still reaches the feed.
  expect((await request.get('/feed/')).status()).toBe(200)

  // Conditional GET: the same feed again costs a 304.
  const etag = rss.response.headers()['etag'] ?? ''
  const lastModified = rss.response.headers()['last-modified'] ?? ''
  expect((await request.get('/feed', { headers: { 'If-None-Match': etag } })).status()).toBe(304)
  expect((await request.get('/feed', { headers: { 'If-Modified-Since': lastModified } })).status()).toBe(304)

  // A draft is in no feed and no search result; once published it is in both at once.
  await signIn(page)
  const editor = new PostEditor(page)
  await editor.newPost()
  const word = `zanzibarite${Date.now().toString(36)}`
  const title = uniqueText(`Being found ${word}`)
  await editor.field('Title').fill(title)
  await editor.body.click()
  await page.keyboard.type(`A post about ${word} and pacing.`)
  await editor.save('Save draft')
  const slug = await editor.field('Slug').inputValue()
  expect(await (await request.get('/feed')).text()).not.toContain(word)
  const reader = await browser.newPage()
  await reader.goto(`/search?q=${word}`)
  await expect(reader.getByRole('main').getByRole('status')).toHaveText(/Nothing found/)
  await editor.save('Publish')
  const fresh = await request.get('/feed', { headers: { 'If-None-Match': etag } })
  expect(fresh.status()).toBe(200)
  const items = list(((parseXml(await fresh.text()).rss as Node).channel as Node).item)
  expect(text(items[0]?.title)).toBe(title)
  expect(await (await request.get('/feed/atom')).text()).toContain(word)
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`/${slug}</loc>`)
  await reader.goto(`/search?q=${word}`)
  await expect(reader.getByRole('main').getByRole('link', { name: title })).toBeVisible()

  // A reader's comment is held; once approved it is in the site's and the post's comments feeds at once.
  const comment = uniqueText('Found you through the feed')
  const email = `feed-reader-${Date.now()}@example.com`
  await reader.goto(`/${slug}`)
  await new CommentForm(reader).post({ comment, name: 'Feed Reader', email })
  await expect(reader.getByText('Your comment is awaiting moderation.')).toBeVisible()
  expect(await (await request.get('/comments/feed')).text()).not.toContain(comment)
  const queue = new ModerationQueuePage(page)
  await queue.goto('pending')
  await queue.button(comment, 'Approve the comment by Feed Reader').click()
  await expect(queue.notice()).toHaveText('1 comment approved.')
  for (const path of ['/comments/feed', `/${slug}/feed`]) {
    const body = await (await request.get(path)).text()
    const entries = list(((parseXml(body).rss as Node).channel as Node).item)
    expect(
      entries.map((entry) => text(entry.description)),
      path,
    ).toContain(comment)
    expect(body, path).not.toContain(email)
  }
  await reader.close()
})
