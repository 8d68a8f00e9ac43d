import { seedSite } from '../db/seed-content'
import { expect, expectNoAxeViolations, signIn, test, uniqueText } from './fixtures'
import { SettingsScreen, storedSettings } from './pages/settings-screen'

// Other spec files read the seed settings: every test puts back what it changed, through the screen
// (which also drops the cached reader pages), even when an expectation fails.
const postPath = '/memantine-for-fibromyalgia'
const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

test('a new site title and tagline show on the home page at once', async ({ page, isJavaScriptEnabled }) => {
  await signIn(page)
  const screen = new SettingsScreen(page)
  await screen.goto()
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  const title = uniqueText('Spoon Notes')
  const tagline = uniqueText('Small steps, every day')
  try {
    await screen.save({ 'Site title': title, Tagline: tagline })
    await page.goto('/')
    const header = page.getByRole('banner')
    await expect(header.getByRole('link', { name: title })).toBeVisible()
    await expect(header).toContainText(tagline)
  } finally {
    await screen.save({ 'Site title': seedSite.title, Tagline: seedSite.tagline })
  }
  await page.goto('/')
  await expect(page.getByRole('banner').getByRole('link', { name: seedSite.title, exact: true })).toBeVisible()
})

test('the comment depth re-nests the thread at once', async ({ page }) => {
  await signIn(page)
  const screen = new SettingsScreen(page)
  await screen.goto()
  const seedDepth = await screen.setting('Reply nesting depth').inputValue()
  expect(Number(seedDepth)).toBeGreaterThan(1)
  // Rosa's comment answers Graham's in the seed: nested under it, or beside it when the thread is flat.
  const grahamThread = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: 'Graham Pettit' }) })
  const rosaUnderGraham = grahamThread.getByRole('article', { name: 'Rosa Delgado' })

  await page.goto(postPath)
  await expect(rosaUnderGraham).toHaveCount(1)
  try {
    await screen.save({ 'Reply nesting depth': '1' })
    await page.goto(postPath)
    await expect(page.getByRole('article', { name: 'Rosa Delgado' })).toBeVisible()
    await expect(rosaUnderGraham).toHaveCount(0)
  } finally {
    await screen.save({ 'Reply nesting depth': seedDepth })
  }
  await page.goto(postPath)
  await expect(rosaUnderGraham).toHaveCount(1)
})

test('with few comments per page, the comment page links work', async ({ page }) => {
  await signIn(page)
  const screen = new SettingsScreen(page)
  await screen.goto()
  const seedPerPage = await screen.setting('Comments per page').inputValue()
  const pages = page.getByRole('navigation', { name: 'Comment pages' })
  const firstComment = page.locator('#comments').getByRole('article').first()

  await page.goto(postPath)
  await expect(pages).toHaveCount(0)
  try {
    await screen.save({ 'Comments per page': '1' })
    await page.goto(postPath)
    await expect(pages).toContainText('Comment page 1 of')
    const firstOnPageOne = await firstComment.getAttribute('aria-labelledby')
    await pages.getByRole('link', { name: 'More comments →' }).click()
    await expect(page).toHaveURL(new RegExp(`${postPath}/comment-page-2`))
    await expect(pages).toContainText('Comment page 2 of')
    expect(await firstComment.getAttribute('aria-labelledby')).not.toBe(firstOnPageOne)
    await pages.getByRole('link', { name: '← Previous comments' }).click()
    await expect(pages).toContainText('Comment page 1 of')
    expect(await firstComment.getAttribute('aria-labelledby')).toBe(firstOnPageOne)
  } finally {
    await screen.save({ 'Comments per page': seedPerPage })
  }
  await page.goto(postPath)
  await expect(pages).toHaveCount(0)
})

test('a settings error keeps every typed value and saves nothing', async ({ page }) => {
  await signIn(page)
  const screen = new SettingsScreen(page)
  const before = storedSettings()
  await screen.goto()
  const tagline = uniqueText('A tagline typed before the mistake')
  const moderation = screen.setting('Hold a commenter’s first comment for approval')
  const wasModerated = await moderation.isChecked()
  await screen.setting('Site title').fill('')
  await screen.setting('Tagline').fill(tagline)
  await screen.setting('Reply nesting depth').fill('abc')
  await screen.setting('Emails sent per second').fill('')
  await screen.setting('Blocked words').fill('casino\ncheap pills')
  await screen.setting('Comment order').selectOption('oldest')
  await moderation.setChecked(!wasModerated)
  await page.getByRole('button', { name: 'Save settings' }).click()

  await expect(screen.settingsForm.getByRole('status')).toHaveText('Nothing was saved: please check the fields marked below.')
  await expect(screen.setting('Site title')).toHaveAccessibleDescription(/^Please give the site a title\./)
  await expect(screen.setting('Reply nesting depth')).toHaveAccessibleDescription(/^Please enter a whole number from 1 to 10\./)
  await expect(screen.setting('Emails sent per second')).toHaveAccessibleDescription(/^Please enter a number\./)
  await expect(screen.setting('Site title')).toHaveValue('')
  await expect(screen.setting('Tagline')).toHaveValue(tagline)
  await expect(screen.setting('Reply nesting depth')).toHaveValue('abc')
  await expect(screen.setting('Blocked words')).toHaveValue('casino\ncheap pills')
  await expect(screen.setting('Comment order')).toHaveValue('oldest')
  expect(await moderation.isChecked()).toBe(!wasModerated)
  expect(storedSettings()).toEqual(before)

  // A depth of 0 is out of range; the other fields are fixed, so it is the only message.
  await screen.setting('Site title').fill(seedSite.title)
  await screen.setting('Reply nesting depth').fill('0')
  await screen.setting('Emails sent per second').fill('10')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(screen.setting('Reply nesting depth')).toHaveAccessibleDescription(/^Please choose a number from 1 to 10\./)
  await expect(screen.setting('Site title')).toHaveAccessibleDescription('')
  await expect(screen.setting('Tagline')).toHaveValue(tagline)
  expect(storedSettings()).toEqual(before)
})

test('a new bio shows in the author box at once', async ({ page, isJavaScriptEnabled }) => {
  await signIn(page)
  const screen = new SettingsScreen(page)
  await screen.goto()
  const seedBio = await screen.profile('Bio').inputValue()
  const bio = uniqueText('Maren writes from a sofa by the river')
  try {
    await screen.saveProfile({ Bio: bio })
    if (isJavaScriptEnabled) await expectNoAxeViolations(page)
    await page.goto(postPath)
    await expect(page.getByRole('main').getByText(bio)).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Sidebar' }).getByText(bio)).toBeVisible()
  } finally {
    await screen.saveProfile({ Bio: seedBio })
  }
  // An empty name is refused by the field, and the bio typed with it is kept.
  await screen.goto()
  await screen.profile('Display name').fill('')
  await screen.profile('Bio').fill(bio)
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(screen.profile('Display name')).toHaveAccessibleDescription(/^Please give the name readers see\./)
  await expect(screen.profile('Bio')).toHaveValue(bio)
  await page.goto(postPath)
  await expect(page.getByRole('main').getByText(bio)).toHaveCount(0)
})

test('an uploaded picture becomes the author’s picture in the author box', async ({ page }, testInfo) => {
  await signIn(page)
  const alt = uniqueText(`Maren by the window ${testInfo.project.name}`)
  await page.goto('/admin/media')
  await page.getByLabel('Image file').setInputFiles({ name: 'maren.png', mimeType: 'image/png', buffer: Buffer.from(onePixelPng, 'base64') })
  await page.getByLabel('Alt text').fill(alt)
  await page.getByRole('button', { name: 'Upload' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded' })).toBeVisible()

  const screen = new SettingsScreen(page)
  const authorBoxPicture = page
    .getByRole('main')
    .getByRole('region', { name: /^About / })
    .locator('img')
  try {
    await screen.saveProfile({ Picture: alt })
    await expect(screen.profileForm.getByRole('img', { name: 'Your current picture' })).toBeVisible()
    await page.goto(postPath)
    await expect(authorBoxPicture).toHaveAttribute('src', /^\/media\//)
  } finally {
    await screen.saveProfile({ Picture: 'Generated picture' })
  }
  await page.goto(postPath)
  await expect(authorBoxPicture).toHaveAttribute('src', /^data:image\/svg\+xml/)
})
