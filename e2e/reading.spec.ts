import { seedAuthor, seedPosts, seedPrimaryMenu, seedSite } from '../db/seed-content'
import { expect, expectNoAxeViolations, isHydrated, openTestDatabase, test, waitForHydrationOnItsOwn } from './fixtures'
import { PostPage } from './pages/post-page'

const memantine = seedPosts.find((post) => post.slug === 'memantine-for-fibromyalgia')
if (!memantine) throw new Error('the demo content lost the memantine post')
const firstName = seedAuthor.name.split(' ')[0]
const [aboutItem] = seedPrimaryMenu
const helpedItem = aboutItem?.children?.[0]
const toolkitItem = helpedItem?.children?.[0]
if (!aboutItem || !helpedItem || !toolkitItem) throw new Error('the demo menu lost its three-level About branch')

test.describe('reading the seed post page', () => {
  test('breadcrumbs follow the primary category, not the menu', async ({ page }) => {
    const post = new PostPage(page)
    await post.goto(memantine.slug)
    await expect(post.breadcrumbs).toContainText('You are here:')
    const crumbs = post.breadcrumbs.getByRole('listitem')
    await expect(crumbs).toHaveText([/Home/, /Medical Studies/, new RegExp(escapeRegExp(memantine.title))])
    await expect(post.breadcrumbs.getByRole('link', { name: 'Medical Studies' })).toHaveAttribute('href', '/category/medical-studies')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(memantine.title)
  })

  test('dates are machine-readable and Last Updated is shown', async ({ page }) => {
    await page.goto(`/${memantine.slug}`)
    const header = page.getByRole('article', { name: memantine.title }).locator('header').first()
    await expect(header).toContainText('Last Updated: August 19, 2020')
    await expect(header.locator('time').first()).toHaveAttribute('datetime', /^2014-11-10/)
  })

  test('meta line counts approved comments and links its terms', async ({ page }) => {
    const post = new PostPage(page)
    await post.goto(memantine.slug)
    const meta = post.main.getByText(/Filed Under:/)
    await expect(meta).toContainText('3 Comments')
    await expect(meta).toContainText('Tagged With: brain fog')
    await expect(meta.getByRole('link', { name: 'Fibromyalgia' })).toHaveAttribute('href', '/category/conditions/fibromyalgia')
    await expect(meta.getByRole('link', { name: 'Medications' })).toHaveAttribute('href', '/category/treatment/medications')
    await meta.getByRole('link', { name: 'brain fog' }).click()
    await expect(page).toHaveURL(/\/tag\/brain-fog$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('brain fog')
    await expect(page.getByRole('link', { name: memantine.title, exact: true })).toBeVisible()
  })

  test('comments are threaded: the reply sits inside the comment it answers', async ({ page }) => {
    const post = new PostPage(page)
    await post.goto(memantine.slug)
    const seedComments = memantine.comments ?? []
    const reply = seedComments.find((comment) => comment.replyTo)
    const parent = seedComments.find((comment) => comment.key === reply?.replyTo)
    if (!reply || !parent) throw new Error('the memantine post needs a reply in its demo comments')
    await expect(page.getByRole('heading', { name: '3 Comments', level: 2 })).toBeVisible()
    const parentItem = page
      .locator('li[id^="comment-"]')
      .filter({ has: page.getByRole('article', { name: parent.authorName, exact: true }) })
      .first()
    await expect(parentItem.getByRole('article', { name: reply.authorName, exact: true })).toBeVisible()
    // Newest first at the top level, as the seed blog shows them.
    const topLevel = page.locator('#comments > ol > li > article')
    await expect(topLevel).toHaveCount(2)
    await expect(topLevel.first()).toHaveAccessibleName(parent.authorName)
    // Every comment has its permalink anchor and never shows an email address.
    const permalink = parentItem.getByRole('link', { name: /2020/ }).first()
    await expect(permalink).toHaveAttribute('href', /^#comment-\d+$/)
    const html = await page.content()
    for (const comment of seedComments) expect(html).not.toContain(comment.authorEmail)
  })

  test('author box, related posts, tag list and sidebar widgets', async ({ page }) => {
    const post = new PostPage(page)
    await post.goto(memantine.slug)
    const authorBox = page.getByRole('article', { name: memantine.title }).getByRole('region', { name: `About ${firstName}` })
    await expect(authorBox).toContainText(seedAuthor.tagline)
    await expect(authorBox.getByRole('link', { name: `More about ${firstName}` })).toHaveAttribute('href', '/about')
    // The sidebar's author widget carries the same bio.
    const sidebarAuthor = post.sidebar.getByRole('region', { name: 'About the author' })
    await expect(sidebarAuthor.getByRole('heading', { name: `About ${firstName}` })).toBeVisible()
    const firstBioParagraph = seedAuthor.bio.split(/\n{2,}/)[0] ?? ''
    await expect(sidebarAuthor).toContainText(firstBioParagraph)
    await expect(authorBox).toContainText(firstBioParagraph)

    const related = page.getByRole('region', { name: 'Related Posts' })
    await expect(related.getByRole('link')).toHaveCount(4)

    const tags = post.sidebar.getByRole('region', { name: 'Common Tags' })
    const tagLinks = tags.getByRole('link')
    expect(await tagLinks.count()).toBeGreaterThan(10)
    expect(await tagLinks.count()).toBeLessThanOrEqual(45)
    await expect(tags.getByRole('link', { name: /^brain fog \(\d+\)$/ })).toBeVisible()

    await expect(post.sidebar.getByRole('region', { name: 'Disclaimer' })).toContainText(seedSite.disclaimer.slice(0, 40))
    await expect(post.sidebar.getByRole('region', { name: 'Copyright' })).toBeVisible()
    await expect(post.sidebar.getByRole('region', { name: 'Privacy Policy' })).toBeVisible()
    await expect(page.getByRole('contentinfo')).toContainText(String(new Date().getFullYear()))
  })

  test('the body keeps its pull quote with a share link and its references', async ({ page }) => {
    await page.goto(`/${memantine.slug}`)
    const article = page.getByRole('article', { name: memantine.title })
    await expect(article.getByRole('link', { name: 'Share on X' }).first()).toHaveAttribute('href', /^https:\/\/x\.com\/intent\/post\?text=/)
    const references = article.getByRole('heading', { name: 'References' })
    await expect(references).toBeVisible()
    await expect(article.getByText(/Fayed, N\./)).toBeVisible()
    await expect(article.getByRole('region', { name: 'Key points' }).getByRole('listitem')).toHaveCount(memantine.keyPoints?.length ?? 0)
  })

  test('the greeting changes on the second visit, one variant at a time', async ({ page, context }) => {
    await context.clearCookies()
    const post = new PostPage(page)
    await post.goto(memantine.slug)
    await expect(post.greeting()).toHaveCount(1)
    await expect(post.greeting()).toContainText(seedSite.greetingNew.slice(0, 50))
    expect(await page.content()).not.toContain(seedSite.greetingReturning.slice(0, 50))
    await post.goto(memantine.slug)
    await expect(post.greeting()).toHaveCount(1)
    await expect(post.greeting()).toContainText(seedSite.greetingReturning.slice(0, 50))
    expect(await page.content()).not.toContain(seedSite.greetingNew.slice(0, 50))
  })

  test('the affiliate notice appears only on a post holding sponsored links', async ({ page }) => {
    const affiliate = seedPosts.find((post) => post.isAffiliate)
    if (!affiliate) throw new Error('the demo content needs an affiliate post')
    await page.goto(`/${affiliate.slug}`)
    await expect(page.getByRole('note')).toContainText(seedSite.affiliateNotice.slice(0, 30))
    await page.goto(`/${memantine.slug}`)
    await expect(page.getByRole('note')).toHaveCount(0)
  })
})

test.describe('navigating', () => {
  test('the primary menu opens three levels deep by mouse', async ({ page, isJavaScriptEnabled }) => {
    test.skip(!isJavaScriptEnabled, 'hover needs no JavaScript, but one project is enough for mouse tests')
    await page.goto('/')
    const menu = page.getByRole('navigation', { name: 'Primary' })
    await menu.getByRole('link', { name: aboutItem.label, exact: true }).hover()
    await menu.getByRole('link', { name: helpedItem.label, exact: true }).hover()
    await menu.getByRole('link', { name: toolkitItem.label, exact: true }).click()
    await expect(page).toHaveURL(/\/about\/whats-helped-me-most\/my-toolkit$/)
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('About')
  })

  test('the primary menu opens three levels deep by keyboard, without scripts', async ({ page }) => {
    await page.goto('/')
    const menu = page.getByRole('navigation', { name: 'Primary' })
    const conditions = menu.getByRole('link', { name: 'Conditions', exact: true })
    await conditions.focus()
    await expect(menu.getByRole('link', { name: 'Fibromyalgia', exact: true })).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(menu.getByRole('link', { name: 'Fibromyalgia', exact: true })).toBeFocused()
    await page.keyboard.press('Tab')
    const warriors = menu.getByRole('link', { name: 'Fibro Warriors' })
    await expect(warriors).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/category\/conditions\/fibromyalgia\/fibro-warriors$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Fibro Warriors')
  })

  test('the primary menu is in the page once, and opens behind one "Menu" control on a phone', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('navigation', { name: 'Primary' })).toHaveCount(1)
    await expect(page.getByRole('link', { name: toolkitItem.label, exact: true, includeHidden: true })).toHaveCount(1)
    await expect(page.getByRole('checkbox', { name: 'Menu' })).toBeHidden()

    await page.setViewportSize({ width: 390, height: 844 })
    const menu = page.getByRole('navigation', { name: 'Primary' })
    await expect(menu.getByRole('link', { name: 'Warriors', exact: true })).toBeHidden()
    await menu.getByRole('checkbox', { name: 'Menu' }).focus()
    await page.keyboard.press('Space')
    await expect(menu.getByRole('link', { name: 'Warriors', exact: true })).toBeVisible()
    // On a phone the whole tree is listed, three levels deep.
    const toolkit = menu.getByRole('link', { name: toolkitItem.label, exact: true })
    await expect(toolkit).toBeVisible()
    await toolkit.click()
    await expect(page).toHaveURL(/\/about\/whats-helped-me-most\/my-toolkit$/)
  })

  test('home lists newest posts with the sticky post first and paginates', async ({ page }) => {
    const sticky = seedPosts.find((post) => post.isSticky)
    await page.goto('/')
    const titles = page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 })
    await expect(titles.first()).toHaveText(sticky?.title ?? '')
    await expect(titles).toHaveCount(10)
    await page.getByRole('link', { name: /Older posts/ }).click()
    await expect(page).toHaveURL(/\/page\/2$/)
    // Other journeys publish posts too: count what the database holds now.
    const sqlite = openTestDatabase()
    const published = (sqlite.prepare("select count(*) as count from posts where type = 'post' and status = 'published'").get() as { count: number }).count
    sqlite.close()
    expect(await titles.count()).toBe(Math.min(10, published - 10))
    const response = await page.goto('/page/99')
    expect(response?.status()).toBe(404)
  })

  test('pages resolve by their path in the page tree', async ({ page }) => {
    const response = await page.goto('/about/whats-helped-me-most')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'About' })).toHaveAttribute('href', '/about')
    expect((await page.goto('/whats-helped-me-most'))?.status()).toBe(404)
  })

  test('category archives include subcategories; author archive lists the author’s posts', async ({ page }) => {
    await page.goto('/category/conditions')
    await expect(page.getByRole('link', { name: memantine.title, exact: true })).toBeVisible()
    await page.goto(`/author/${seedAuthor.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(seedAuthor.name)
    expect((await page.goto('/category/fibromyalgia'))?.status()).toBe(404)
  })

  test('unknown addresses get a real 404 inside the site layout', async ({ page }) => {
    const response = await page.goto('/no-such-post-anywhere')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible()
  })
})

test.describe('accessibility', () => {
  for (const [name, url] of [
    ['home', '/'],
    ['post', '/memantine-for-fibromyalgia'],
    ['page', '/about'],
    ['category archive', '/category/conditions/fibromyalgia'],
    ['tag archive', '/tag/brain-fog'],
    ['404', '/no-such-page'],
  ] as const) {
    test(`axe finds nothing on the ${name}`, async ({ page, isJavaScriptEnabled }) => {
      test.skip(!isJavaScriptEnabled, 'axe runs inside the page')
      await page.goto(url)
      await expectNoAxeViolations(page)
    })
  }
})

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('the post author’s replies are marked', async ({ page }) => {
  const withAuthorReply = seedPosts.find((post) => post.comments?.some((comment) => comment.isPostAuthor))
  if (!withAuthorReply) throw new Error('the demo content needs an author reply')
  await page.goto(`/${withAuthorReply.slug}`)
  const authorComment = page.getByRole('article', { name: seedAuthor.name }).first()
  await expect(authorComment.getByText('Post author', { exact: true })).toBeVisible()
  // Said in the article's name too, so a screen reader hears it when moving by article.
  await expect(page.getByRole('article', { name: `${seedAuthor.name} Post author` }).first()).toBeVisible()
})

test('a reader who only reads gets no scripts; the thread nearing the view, or a key, starts them', async ({ page, isJavaScriptEnabled }) => {
  test.skip(!isJavaScriptEnabled, 'Hydration needs JavaScript')
  // The thread is a client component rendered on the server: any difference between the server's
  // markup and the browser's first render shows up here as a hydration error.
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  const chunksFetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\/_next\/static\/chunks\/.*\.js$/.test(entry.name)).length)
  const post = new PostPage(page)
  // Not the fixtures' goto, which starts the scripts as a reader about to act would
  // (docs/decisions/0031-scripts-on-demand.md): here the reader only reads the top of a long post.
  await page.goto(`/${memantine?.slug ?? ''}`, { waitUntil: 'domcontentloaded' })
  await page.waitForLoadState('networkidle')
  expect(await chunksFetched()).toBe(0)
  expect(await isHydrated(page)).toBe(false)
  // Scrolling down to the conversation starts them, and the page's policy lets them and the starter
  // run (any violation fails the test).
  await post.comments.getByRole('article').first().scrollIntoViewIfNeeded()
  await waitForHydrationOnItsOwn(page)
  expect(await chunksFetched()).toBeGreaterThan(0)
  // The reply link moves the form in place once hydrated.
  await post.comments
    .getByRole('link', { name: /^Reply to / })
    .first()
    .click()
  await expect(page.locator('#respond').getByRole('heading', { name: /^Reply to / })).toBeVisible()
  // A page with no thread waits for the reader's first key press.
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await page.waitForLoadState('networkidle')
  expect(await chunksFetched()).toBe(0)
  await page.keyboard.press('Tab')
  await waitForHydrationOnItsOwn(page)
  expect(await chunksFetched()).toBeGreaterThan(0)
  expect(errors).toEqual([])
})
