import { expect, expectNoAxeViolations, openTestDatabase, signIn, test, uniqueText } from './fixtures'
import { PostEditor } from './pages/post-editor'

const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

test.describe('writing with the editor', () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'the rich-text editor needs JavaScript; the no-JS path is tested below')

  test('write, save a draft, preview, publish, edit, restore a revision, trash and restore', async ({ page, browser }) => {
    await signIn(page)
    // An image for the post: uploaded through the Media screen (type sniffed from the bytes).
    await page.goto('/admin/media')
    await page.getByLabel('Image file').setInputFiles({ name: 'teacup.png', mimeType: 'image/png', buffer: Buffer.from(onePixelPng, 'base64') })
    await page.getByLabel('Alt text').fill('A teacup on a windowsill')
    await page.getByLabel('Caption').fill('Tea first, plans second.')
    await page.getByRole('button', { name: 'Upload' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Uploaded' })).toBeVisible()
    const editor = new PostEditor(page)
    await editor.newPost()
    await expectNoAxeViolations(page)
    const title = uniqueText('Pacing through the holidays')
    await editor.field('Title').fill(title)

    await editor.body.click()
    await editor.toolbar.getByRole('button', { name: 'Heading', exact: true }).click()
    await expect(editor.body).toBeFocused()
    await page.keyboard.type('Before the season starts')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Pick one event and let the rest go. More on ')
    await editor.toolbar.getByRole('button', { name: 'Link' }).click()
    await page.getByLabel('Link address').fill('https://example.com/pacing')
    await page.getByRole('button', { name: 'Apply' }).click()
    await editor.body.click()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await editor.toolbar.getByRole('button', { name: 'Pull quote' }).click()
    await expect(editor.body).toBeFocused()
    await page.keyboard.type('Rest is part of the plan, not a failure of it.')
    // Enter on an empty line leaves the quote; the picked image goes where the cursor is.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.getByText('Insert an uploaded image').click()
    await page.getByRole('button', { name: 'Insert A teacup on a windowsill' }).first().click()
    await editor.field('Tags').fill('pacing, holiday planning')
    await page.getByLabel('Featured image').selectOption({ label: 'A teacup on a windowsill' })
    await page.getByRole('group', { name: 'Categories' }).getByLabel('Tips & Tricks').check()

    await editor.save('Save draft')
    const id = await editor.editedId()
    const slug = (await editor.field('Slug').inputValue()) || ''
    expect(slug).toMatch(/^pacing-through-the-holidays/)
    // A draft is not public.
    const stranger = await browser.newPage()
    expect((await stranger.goto(`/${slug}`))?.status()).toBe(404)

    // Preview shows it as readers will see it.
    await page.getByRole('button', { name: 'Preview' }).click()
    await expect(page).toHaveURL(new RegExp(`/preview/${id}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByRole('heading', { level: 2, name: 'Before the season starts' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Share on X' }).first()).toBeVisible()
    // Once as the featured image, once in the body.
    await expect(page.getByRole('img', { name: 'A teacup on a windowsill' })).toHaveCount(2)
    await expect(page.getByText('Tea first, plans second.')).toHaveCount(2)
    await page.goBack()

    await editor.save('Publish')
    await expect(page.getByRole('status').first()).toContainText('Published')
    await stranger.goto(`/${slug}`)
    await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(
      stranger
        .getByRole('link', { name: 'https://example.com/pacing' })
        .or(stranger.getByRole('link', { name: 'example.com' }))
        .first(),
    ).toBeVisible()
    await stranger.goto('/')
    await expect(stranger.getByRole('link', { name: title, exact: true })).toBeVisible()
    await stranger.goto('/category/coping/tips-tricks')
    await expect(stranger.getByRole('link', { name: title, exact: true })).toBeVisible()
    await stranger.goto('/tag/holiday-planning')
    await expect(stranger.getByRole('link', { name: title, exact: true })).toBeVisible()

    // Editing a published post sets Last Updated.
    await stranger.goto(`/${slug}`)
    await expect(stranger.getByRole('article', { name: title }).locator('header')).not.toContainText('Last Updated')
    const newTitle = `${title} (revised)`
    await page.reload()
    // Typing before hydration can be undone by it: wait for the editor chunk (loaded after hydration).
    await expect(editor.toolbar).toBeVisible()
    await editor.field('Title').fill(newTitle)
    await expect(editor.field('Title')).toHaveValue(newTitle)
    await editor.save('Update')
    await stranger.goto(`/${slug}`)
    await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(newTitle)
    await expect(stranger.getByRole('article', { name: newTitle }).locator('header')).toContainText('Last Updated')

    // Previewing unsaved changes to a published post leaves the live post alone. (A fresh load first:
    // React resets a form after its action, and that reset must not land after the typing.)
    await page.reload()
    await expect(editor.toolbar).toBeVisible()
    await editor.field('Title').fill(`${title} (trying something)`)
    await expect(editor.field('Title')).toHaveValue(`${title} (trying something)`)
    await page.getByRole('button', { name: 'Preview' }).click()
    await expect(page).toHaveURL(/\/preview\/\d+\?revision=\d+$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (trying something)`)
    await stranger.goto(`/${slug}`)
    await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(newTitle)
    await page.goBack()

    // Put the earlier version back.
    const revisions = page.getByRole('region', { name: 'Revisions' })
    // The version saved under the first title (not an autosave, which timing may add).
    await page.reload()
    await revisions
      .getByRole('listitem')
      .filter({ hasText: `${title} · ` })
      .filter({ hasNotText: 'autosave' })
      .getByRole('button', { name: /Restore the version/ })
      .first()
      .click()
    await expect(page).toHaveURL(/saved=revision/)
    await stranger.goto(`/${slug}`)
    await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(title)

    // Trash and restore.
    await editor.button('Move to trash').click()
    await expect(page).toHaveURL(/\/admin\/posts\?status=trash&trashed=1$/)
    expect((await stranger.goto(`/${slug}`))?.status()).toBe(404)
    await page.getByRole('link', { name: title, exact: true }).click()
    await editor.button('Restore').click()
    await expect(page).toHaveURL(/saved=restored/)
    expect((await stranger.goto(`/${slug}`))?.status()).toBe(200)
    await stranger.close()
  })

  test('a post scheduled a minute ahead appears by itself', async ({ page, browser }) => {
    test.setTimeout(150_000)
    await signIn(page)
    const editor = new PostEditor(page)
    await editor.newPost()
    const title = uniqueText('Scheduled for later')
    await editor.field('Title').fill(title)
    await editor.body.click()
    await page.keyboard.type('This one was written ahead of time.')
    // A minute ahead in the site's time zone, as the author would type it.
    const sqlite = openTestDatabase()
    const row = sqlite.prepare("select value from settings where key = 'timeZone'").get() as { value: string } | undefined
    sqlite.close()
    const timeZone = row ? (JSON.parse(row.value) as string) : 'America/New_York'
    const inOneMinute = new Date(Date.now() + 60_000)
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .format(inOneMinute)
      .replace(' ', 'T')
    await editor.field('Publish at').fill(local)
    await editor.save('Schedule')
    await expect(page.getByRole('status').first()).toContainText('Scheduled')
    const slug = await editor.field('Slug').inputValue()
    const reader = await browser.newPage()
    expect((await reader.goto(`/${slug}`))?.status()).toBe(404)
    await expect.poll(async () => (await reader.goto(`/${slug}`))?.status(), { timeout: 120_000, intervals: [5_000] }).toBe(200)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
    await reader.goto('/')
    await expect(reader.getByRole('link', { name: title, exact: true })).toBeVisible()
    await reader.close()
  })

  test('a hostile body pasted into the editor is stored and rendered inert', async ({ page, browser }) => {
    await signIn(page)
    const editor = new PostEditor(page)
    await editor.newPost()
    const title = uniqueText('Pasted from somewhere')
    await editor.field('Title').fill(title)
    await editor.body.click()
    const hostile = '<p>Safe words</p><img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">link</a><script>window.__pwned=3</script>'
    await page.evaluate((html) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', 'Safe words')
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, hostile)
    await editor.save('Publish')
    const id = await editor.editedId()
    const sqlite = openTestDatabase()
    const stored = (sqlite.prepare('select body from posts where id = ?').get(id) as { body: string }).body
    sqlite.close()
    expect(stored).not.toMatch(/<script|onerror|javascript:/i)
    const slug = await editor.field('Slug').inputValue()
    const reader = await browser.newPage()
    await reader.goto(`/${slug}`)
    await expect(reader.getByText('Safe words')).toBeVisible()
    expect(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await reader.close()
  })
})

test('without JavaScript an author can still write and publish, and pages nest by parent', async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'no-js', 'the no-JavaScript path')
  await signIn(page)
  const editor = new PostEditor(page)
  await editor.newPost('page')
  const title = uniqueText('Gentle stretches')
  await editor.field('Title').fill(title)
  await editor.typeHtmlWithoutScript('<p>Five minutes, twice a day.</p>')
  const parent = page.getByLabel('Parent page')
  const parentValue = await parent.locator('option', { hasText: 'Helped Me Most' }).getAttribute('value')
  await parent.selectOption(parentValue ?? '')
  await editor.save('Publish')
  const slug = await editor.field('Slug').inputValue()
  const reader = await browser.newPage()
  const response = await reader.goto(`/about/whats-helped-me-most/${slug}`)
  expect(response?.status()).toBe(200)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(reader.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('What')
  await reader.close()
})

test('autosave keeps a new draft without pressing anything', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'autosave is a JavaScript enhancement')
  await signIn(page)
  const editor = new PostEditor(page)
  await editor.newPost()
  const title = uniqueText('Half a thought, saved for me')
  await editor.field('Title').fill(title)
  await editor.body.click()
  await page.keyboard.type('I will finish this tomorrow.')
  await expect(page.getByRole('complementary', { name: 'Publishing' }).getByRole('status')).toHaveText('Draft saved.', { timeout: 15_000 })
  await page.goto('/admin/posts?status=draft')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
})

test('the post list filters by status and searches titles', async ({ page }) => {
  await signIn(page)
  await page.goto('/admin/posts')
  await page.getByRole('searchbox', { name: 'Search posts' }).fill('memantine')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\?q=memantine$/)
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(1)
  await page
    .getByRole('navigation', { name: 'Filter by status' })
    .getByRole('link', { name: /^Drafts/ })
    .click()
  await expect(page).toHaveURL(/status=draft/)
  await expect(page.getByRole('link', { name: /Memantine/ })).toHaveCount(0)
})
