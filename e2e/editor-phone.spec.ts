import { devices, type Locator, type Page } from '@playwright/test'
import { findPages, urlFor } from './editor-pages'
import {
  countComments,
  expect,
  expectNoAxeViolations,
  insertPublishedPost,
  openTestDatabase,
  relaxedCommentRules,
  setSettings,
  signIn,
  test,
  uniqueText,
} from './fixtures'
import { lighthouseAccessibility } from './lighthouse'
import { ModerationQueuePage } from './pages/moderation-queue'
import { PostEditor } from './pages/post-editor'

// The editor on a phone, lying down: a 390 × 844 touch screen (Chromium with a phone's user agent,
// which is what Playwright's phone emulation is in this browser), with JavaScript on and off.

const phone = { width: 390, height: 844 }
test.use({ viewport: phone, isMobile: true, hasTouch: true, deviceScaleFactor: 3, userAgent: devices['Pixel 7'].userAgent })
test.beforeEach(() => setSettings(relaxedCommentRules))

// "On the first screen": the whole element inside the 844 px the page opens with, before any scrolling.
async function expectOnFirstScreen(page: Page, locator: Locator) {
  // Polled: after a client-side navigation the address changes a moment before the page is scrolled.
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the page opened scrolled' }).toBe(0)
  const box = await locator.boundingBox()
  expect(box, 'not drawn').not.toBeNull()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height)
}

async function expectTouchTarget(locator: Locator) {
  const box = await locator.boundingBox()
  expect(box, 'not drawn').not.toBeNull()
  expect(Math.round(box!.width), 'touch target width').toBeGreaterThanOrEqual(44)
  expect(Math.round(box!.height), 'touch target height').toBeGreaterThanOrEqual(44)
}

function menuButton(page: Page) {
  return page.getByRole('complementary', { name: 'Editor menu' }).locator('summary')
}

function createPost(label: string): { id: number; slug: string; title: string } {
  const title = `Phone ${label}`
  return { ...insertPublishedPost(title, `phone-${label}`), title }
}

function insertPendingComment(postId: number, name: string, body: string, minutesAgo: number): number {
  const sqlite = openTestDatabase()
  try {
    const row = sqlite
      .prepare(
        "insert into comments (post_id, author_name, author_email, author_ip, body, status, created_at) values (?, ?, ?, ?, ?, 'pending', ?) returning id",
      )
      .get(postId, name, `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`, '192.0.2.17', body, Date.now() - minutesAgo * 60_000) as { id: number }
    return row.id
  } finally {
    sqlite.close()
  }
}

function postRow(id: number) {
  const sqlite = openTestDatabase()
  try {
    return sqlite.prepare('select status, title, body from posts where id = ?').get(id) as { status: string; title: string; body: string } | undefined
  } finally {
    sqlite.close()
  }
}

test('dashboard, post editor and queue open with their heading and first control on the first screen; the menu is one button', async ({
  page,
  isJavaScriptEnabled,
}) => {
  const post = createPost('first-screen')
  insertPendingComment(post.id, 'Pia Waiting', uniqueText('Waiting to be seen'), 3)
  await signIn(page)

  // Dashboard: greeting and the big button first; the fourteen links folded into one button that
  // carries the waiting count.
  await expectOnFirstScreen(page, page.getByRole('heading', { level: 1, name: /^Hello, / }))
  await expectOnFirstScreen(page, page.getByRole('link', { name: 'Write a new post' }))
  await expectTouchTarget(page.getByRole('link', { name: 'Write a new post' }))
  await expect(page.getByRole('navigation', { name: 'Editor' })).toBeHidden()
  const pending = countComments("status = 'pending'")
  await expect(menuButton(page)).toContainText(`Menu ${pending}`)
  await expect(menuButton(page)).toContainText(`${pending} comment${pending === 1 ? '' : 's'} waiting`)
  await expectTouchTarget(menuButton(page))
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await menuButton(page).click()
  const nav = page.getByRole('navigation', { name: 'Editor' })
  await expect(nav).toBeVisible()
  for (const link of await nav.getByRole('link').all()) await expectTouchTarget(link)
  await expectTouchTarget(nav.getByRole('button', { name: 'Sign out' }))
  await nav.getByRole('link', { name: /^Posts/ }).click()
  await expect(page).toHaveURL(/\/admin\/posts$/)
  // Without JavaScript the page is new, so the menu starts folded; with it, moving on folds it.
  await expect(nav).toBeHidden()

  // From a tablet width up the menu is the sidebar it always was, with no button.
  await page.setViewportSize({ width: 1024, height: 768 })
  await expect(nav).toBeVisible()
  await expect(menuButton(page)).toBeHidden()
  await page.setViewportSize(phone)
  await expect(nav).toBeHidden()

  // The dashboard's waiting count goes straight to the queue.
  await page.goto('/admin')
  await page
    .getByRole('link', { name: `${pending} comments waiting`, exact: true })
    .or(page.getByRole('link', { name: `${pending} comment waiting`, exact: true }))
    .click()
  await expect(page).toHaveURL(/\/admin\/comments\?status=pending$/)
  await expectOnFirstScreen(page, page.getByRole('heading', { level: 1, name: 'Comments' }))
  const queues = page.getByRole('navigation', { name: 'Comment queues' })
  await expectOnFirstScreen(page, queues.getByRole('link').first())
  for (const link of await queues.getByRole('link').all()) await expectTouchTarget(link)
  await expectTouchTarget(page.getByRole('search', { name: 'Search comments' }).getByRole('button', { name: 'Search' }))
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)

  const editor = new PostEditor(page)
  await editor.newPost()
  await expectOnFirstScreen(page, page.getByRole('heading', { level: 1, name: 'New post' }))
  await expectOnFirstScreen(page, editor.field('Title'))
  if (isJavaScriptEnabled) {
    await expect(editor.toolbar).toBeVisible()
    await expectNoAxeViolations(page)
  }
})

test('moderating with a thumb: approve from a card, the next card takes its place; reply right under a card', async ({ page, isJavaScriptEnabled }) => {
  const post = createPost('queue')
  const marker = uniqueText('thumb')
  const texts = ['first', 'second', 'third'].map((word) => `${marker} the ${word} comment`)
  const ids = texts.map((body, index) => insertPendingComment(post.id, `Reader ${['Ada', 'Bo', 'Cy'][index]}`, body, index + 5))
  await signIn(page)
  const queue = new ModerationQueuePage(page)
  await queue.goto('pending', marker)

  // One card per comment: who, on which post, how long ago, the text, and large buttons.
  const first = queue.row(texts[0]!)
  await expect(first).toContainText('Reader Ada')
  await expect(first).toContainText(`on ${post.title}`)
  await expect(first).toContainText('5 minutes ago')
  for (const name of [/^Approve/, /^Spam/, /^Trash/]) await expectTouchTarget(first.getByRole('button', { name }))
  await expectTouchTarget(first.getByText('Reply to Reader Ada', { exact: true }))
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)

  // Approve the second card (in the middle of the page): it goes, the third is in its place.
  const second = queue.row(texts[1]!)
  await second.scrollIntoViewIfNeeded()
  await queue.button(texts[1]!, 'Approve the comment by Reader Bo').tap()
  await expect(queue.notice()).toHaveText('1 comment approved.')
  await expect(page).toHaveURL(new RegExp(`#comment-${ids[2]}$`))
  await expect(queue.row(texts[1]!)).toHaveCount(0)
  await expect(queue.row(texts[2]!)).toBeInViewport()
  expect(countComments("id = ? and status = 'approved'", ids[1])).toBe(1)

  // Reply as the author: the form opens right under the card's buttons, inside the card.
  await queue.row(texts[0]!).getByText('Reply to Reader Ada', { exact: true }).tap()
  const field = queue.row(texts[0]!).getByLabel('Your reply to Reader Ada')
  await expect(field).toBeVisible()
  const buttonsBox = await queue
    .row(texts[0]!)
    .getByRole('button', { name: /^Approve/ })
    .boundingBox()
  const fieldBox = await field.boundingBox()
  const cardBox = await queue.row(texts[0]!).boundingBox()
  expect(fieldBox!.y).toBeGreaterThan(buttonsBox!.y + buttonsBox!.height)
  expect(fieldBox!.y + fieldBox!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height)
  const answer = uniqueText('Rest first, then the rest')
  await field.fill(answer)
  await queue.row(texts[0]!).getByRole('button', { name: 'Publish reply' }).tap()
  await expect(queue.notice()).toHaveText('Your reply is published.')
  expect(countComments("id = ? and status = 'approved'", ids[0])).toBe(1)
  expect(countComments("parent_id = ? and body = ? and author_id is not null and status = 'approved'", ids[0], answer)).toBe(1)
  await expect(queue.row(texts[0]!)).toHaveCount(0)
  await expect(queue.row(texts[2]!)).toBeVisible()
})

test('writing, saving and publishing a post with a thumb, and scheduling one in plain words', async ({ page, browser, isJavaScriptEnabled }) => {
  await signIn(page)
  const editor = new PostEditor(page)
  await editor.newPost()
  const saveState = page.getByTestId('save-state')
  if (isJavaScriptEnabled) {
    await expect(editor.toolbar).toBeVisible()
    await expect(saveState).toHaveText('Not saved yet')
  }
  const title = uniqueText('Written lying down')
  await editor.field('Title').fill(title)
  if (isJavaScriptEnabled) {
    // The less used buttons wait behind "More".
    await expect(editor.toolbar.getByRole('button', { name: 'Pull quote' })).toBeHidden()
    for (const name of ['Heading', 'Bold', 'Italic', 'Link', 'More']) await expectTouchTarget(editor.toolbar.getByRole('button', { name, exact: true }))
    await editor.toolbar.getByRole('button', { name: 'More' }).tap()
    await expect(editor.toolbar.getByRole('button', { name: 'More' })).toHaveAttribute('aria-expanded', 'true')
    await expect(editor.toolbar.getByRole('button', { name: 'Pull quote' })).toBeVisible()
    await editor.toolbar.getByRole('button', { name: 'More' }).tap()
    await expect(editor.toolbar.getByRole('button', { name: 'Pull quote' })).toBeHidden()

    await editor.body.tap()
    for (let line = 1; line <= 25; line += 1) {
      await page.keyboard.type(`Line ${line} of a long lie-down post.`)
      await page.keyboard.press('Enter')
    }
    await page.keyboard.type('The last line.')
    // The toolbar and the save state stay in reach while typing at the end of a long body.
    await expect(editor.toolbar).toBeInViewport()
    await expect(saveState).toBeInViewport()
    await expect(saveState).toHaveText(/^(Not saved yet: saving in a moment|Saving…|Saved just now)$/)
    await expect(saveState).toHaveText('Saved just now', { timeout: 15_000 })
  } else {
    await editor.typeHtmlWithoutScript('<p>Line 1 of a long lie-down post.</p><p>The last line.</p>')
  }
  // The publishing panels follow the body, before the fields around it.
  const publishBox = await editor.button('Publish').boundingBox()
  const bodyBox = await (isJavaScriptEnabled ? editor.body : page.getByRole('textbox', { name: 'Body', exact: true })).boundingBox()
  const excerptBox = await editor.field('Excerpt').boundingBox()
  expect(publishBox!.y).toBeGreaterThan(bodyBox!.y + bodyBox!.height)
  expect(publishBox!.y).toBeLessThan(excerptBox!.y)
  await expectTouchTarget(editor.button('Publish'))

  await editor.save('Save draft')
  const id = await editor.editedId()
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('Draft saved. Only you can see this post until you publish it.')
  expect(postRow(id)).toMatchObject({ status: 'draft', title })
  expect(postRow(id)?.body).toContain('The last line.')

  await editor.save('Publish')
  await expect(page.getByRole('main').getByRole('status').first()).toContainText(
    /^Published on \w+ \d+, \d{4} at \d+:\d\d [ap]m\. Readers can see it now, on the home page and in the feed\./,
  )
  const slug = await editor.field('Slug').inputValue()
  const reader = await browser.newPage()
  await reader.goto(`/${slug}`)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
  await reader.close()

  // Scheduling says when, in the blog's time zone.
  await editor.newPost()
  await editor.field('Title').fill(uniqueText('Written ahead'))
  if (isJavaScriptEnabled) await expect(editor.toolbar).toBeVisible()
  await editor.field('Publish at').fill('2099-03-04T09:30')
  await editor.save('Schedule')
  await expect(page.getByRole('main').getByRole('status').first()).toContainText(
    /^Scheduled\. It will be published by itself on March 4, 2099 at 9:30 am \([\w/]+\); until then only you can see it\.$/,
  )
})

test('a quick draft from the dashboard lands in the drafts, and "continue" opens it at the end of its text', async ({ page, isJavaScriptEnabled }) => {
  await signIn(page)
  const quickDraft = page.getByRole('region', { name: 'Quick draft' })
  const draftsBefore = (() => {
    const sqlite = openTestDatabase()
    try {
      return (sqlite.prepare("select count(*) as count from posts where status = 'draft'").get() as { count: number }).count
    } finally {
      sqlite.close()
    }
  })()
  // Nothing typed: told so by the title field, nothing stored.
  await quickDraft.getByRole('button', { name: 'Save as a draft' }).click()
  await expect(quickDraft.getByText('Please write a title or a few lines.')).toBeVisible()
  await expect(quickDraft.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true')

  const title = uniqueText('Thoughts from the sofa')
  await quickDraft.getByLabel('Title').fill(title)
  await quickDraft.getByLabel('A few lines').fill('Energy is a budget.\nSpend it slowly.\n\nMore tomorrow <b>maybe</b>.')
  await expectTouchTarget(quickDraft.getByRole('button', { name: 'Save as a draft' }))
  await quickDraft.getByRole('button', { name: 'Save as a draft' }).click()
  await expect(page).toHaveURL(/\/admin\?drafted=\d+$/)
  await expect(page.getByRole('main').getByRole('status').first()).toContainText('Saved to your drafts. Only you can see it until you publish it.')
  const id = Number(new URL(page.url()).searchParams.get('drafted'))
  expect(postRow(id)).toEqual({
    status: 'draft',
    title,
    body: '<p>Energy is a budget.<br />Spend it slowly.</p><p>More tomorrow &lt;b&gt;maybe&lt;/b&gt;.</p>',
  })
  const sqlite = openTestDatabase()
  const draftsAfter = (sqlite.prepare("select count(*) as count from posts where status = 'draft'").get() as { count: number }).count
  sqlite.close()
  expect(draftsAfter).toBe(draftsBefore + 1)

  // The draft just written is the one to continue.
  const continuePanel = page.getByRole('region', { name: 'Continue where you left off' })
  await expect(continuePanel).toContainText(`“${title}”, a draft post, edited just now.`)
  await continuePanel.getByRole('link', { name: `Continue writing “${title}”` }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/posts/${id}\\?at=end#body-html$`))
  const editor = new PostEditor(page)
  if (isJavaScriptEnabled) {
    // The cursor is at the end of the text: typing carries on from there.
    await expect(editor.body).toBeFocused()
    await expect(editor.body).toBeInViewport()
    await page.keyboard.type(' Or the day after.')
    await expect(editor.body.locator('p').last()).toHaveText('More tomorrow <b>maybe</b>. Or the day after.')
  } else {
    await expect(page.getByRole('textbox', { name: 'Body', exact: true })).toBeInViewport()
  }
})

test('cutting the network while typing loses nothing: kept in the browser, saved when the connection is back', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'autosave is a JavaScript enhancement')
  await signIn(page)
  const editor = new PostEditor(page)
  await editor.newPost()
  await expect(editor.toolbar).toBeVisible()
  const saveState = page.getByTestId('save-state')
  await editor.field('Title').fill(uniqueText('Written on a train'))
  await editor.body.tap()
  await page.keyboard.type('Before the tunnel.')
  await expect(saveState).toHaveText('Saved just now', { timeout: 15_000 })
  const id = Number(await page.locator('input[name="id"]').inputValue())
  expect(id).toBeGreaterThan(0)

  await context.setOffline(true)
  await page.keyboard.type(' In the tunnel, still writing.')
  await expect(saveState).toHaveText('Not saved: offline')
  await expect(page.getByRole('complementary', { name: 'Publishing' }).getByRole('status')).toContainText('kept on this device')
  // Past the autosave delay, still offline: nothing reached the server, the browser holds the text.
  await page.waitForTimeout(5_000)
  await expect(saveState).toHaveText('Not saved: offline')
  expect(postRow(id)?.body).not.toContain('In the tunnel')
  const kept = await page.evaluate((key) => window.localStorage.getItem(key), `spoonpress:unsaved:post:${id}`)
  expect(kept).toContain('In the tunnel, still writing.')

  await context.setOffline(false)
  await expect(saveState).toHaveText('Saved just now', { timeout: 15_000 })
  expect(postRow(id)?.body).toContain('<p>Before the tunnel. In the tunnel, still writing.</p>')
  expect(await page.evaluate((key) => window.localStorage.getItem(key), `spoonpress:unsaved:post:${id}`)).toBeNull()
  const fresh = await context.newPage()
  await fresh.goto(`/admin/posts/${id}`)
  await expect(fresh.getByRole('textbox', { name: 'Body' })).toHaveText('Before the tunnel. In the tunnel, still writing.')
  await fresh.close()

  // The tab closed while still offline: the next visit offers the kept text back and saves it.
  await context.setOffline(true)
  await editor.body.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Out the other side.')
  await expect(saveState).toHaveText('Not saved: offline')
  await page.waitForTimeout(500)
  await page.close()
  await context.setOffline(false)
  const again = await context.newPage()
  await again.goto(`/admin/posts/${id}`)
  const offer = again.getByRole('main').getByRole('alert').filter({ hasText: 'This browser kept what you typed' })
  await expect(offer).toBeVisible()
  await offer.getByRole('button', { name: 'Put it back' }).click()
  await expect(again.getByRole('textbox', { name: 'Body' })).toHaveText('Before the tunnel. In the tunnel, still writing. Out the other side.')
  await expect.poll(() => postRow(id)?.body, { timeout: 15_000 }).toContain('Out the other side.')
  await expect(again.getByTestId('save-state')).toHaveText('Saved just now')
})

test('no editor page scrolls sideways at 320 px, and axe finds nothing on them at phone width', async ({ page, isJavaScriptEnabled }) => {
  test.setTimeout(120_000)
  const post = createPost('pages')
  // A title with one very long word (as an import can bring): lists must wrap it, not widen the page.
  insertPublishedPost(`Phone ${'unbreakable'.repeat(6)}`, 'phone-long-word')
  const commentId = insertPendingComment(post.id, 'Wide Check', uniqueText('A comment to open'), 1)
  await signIn(page)
  const sqlite = openTestDatabase()
  const one = (sql: string) => (sqlite.prepare(sql).get() as { id: number } | undefined)?.id
  let ids = {
    posts: post.id,
    pages: one("select id from posts where type = 'page' order by id limit 1"),
    comments: commentId,
    categories: one('select id from categories order by id limit 1'),
    tags: one('select id from tags order by id limit 1'),
    media: one('select id from media order by id limit 1'),
    outbox: one('select id from outbox order by id limit 1'),
  }
  if (ids.outbox === undefined) {
    ids.outbox = one(
      "insert into outbox (to_address, subject, text_body, html_body, status, created_at) values ('wide@example.com', 'A subject long enough to wrap on a narrow phone screen, twice over', 'Hello', '<p>Hello</p>', 'sent', 0) returning id",
    )
  }
  sqlite.close()
  if (ids.media === undefined) {
    await page.goto('/admin/media')
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
    await page.getByLabel('Image file').setInputFiles({ name: 'narrow.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') })
    await page.getByLabel('Alt text').fill('A narrow test picture')
    await page.getByRole('button', { name: 'Upload' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Uploaded' })).toBeVisible()
    const again = openTestDatabase()
    ids = { ...ids, media: (again.prepare('select id from media order by id limit 1').get() as { id: number }).id }
    again.close()
  }
  const urls = findPages('app/(admin)').map((file) =>
    urlFor(file, (section) => {
      const id = ids[section as keyof typeof ids]
      if (id === undefined) throw new Error(`no ${section} to open`)
      return id
    }),
  )
  expect(urls.length).toBeGreaterThanOrEqual(20)

  const scrollsSideways: string[] = []
  for (const url of urls) {
    await page.setViewportSize(phone)
    const response = await page.goto(url)
    expect(response?.status(), url).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).first(), url).toBeVisible()
    if (isJavaScriptEnabled) await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 320, height: 640 })
    // On failure, name the innermost element that reaches past the right edge, to say what to fix.
    const widths = await page.evaluate(() => {
      const client = document.scrollingElement!.clientWidth
      const past = [...document.querySelectorAll('main *')].filter((element) => element.getBoundingClientRect().right > client + 0.5)
      const last = past.at(-1)
      return {
        scroll: document.scrollingElement!.scrollWidth,
        client,
        culprit: last ? `${last.tagName.toLowerCase()} “${(last.textContent ?? '').slice(0, 40)}”` : '',
      }
    })
    if (widths.scroll > widths.client) scrollsSideways.push(`${url}: ${widths.scroll} > ${widths.client} ${widths.culprit}`)
  }
  expect(scrollsSideways).toEqual([])
})

test('Lighthouse scores the dashboard and the queue 100 for accessibility on a phone', async ({ page, context, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'one audit per page is enough; Lighthouse drives its own browser')
  test.setTimeout(120_000)
  await signIn(page)
  const cookie = (await context.cookies()).map((item) => `${item.name}=${item.value}`).join('; ')
  for (const path of ['/admin', '/admin/comments']) {
    const result = await lighthouseAccessibility(`${baseURL}${path}`, { cookie, formFactor: 'mobile' })
    expect(result.failing, path).toEqual([])
    expect(result.score, path).toBe(100)
  }
})
