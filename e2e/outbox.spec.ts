import { e2eSmtpPort } from '../playwright.config'
import { expect, expectNoAxeViolations, openTestDatabase, signIn, test, uniqueText } from './fixtures'
import { Mailbox } from './mailbox'

const mailbox = new Mailbox()
test.describe.configure({ mode: 'serial' })
// Test files run one after another, so this file owns the app's SMTP port while it runs.
test.beforeAll(async () => mailbox.start(e2eSmtpPort))
test.afterAll(async () => mailbox.stop())

test('a newsletter confirmation shows in the outbox, and its text is shown as text', async ({ page, isJavaScriptEnabled }, testInfo) => {
  const email = `outbox-${testInfo.project.name}-${Date.now()}@example.com`
  await page.goto('/newsletter')
  const main = page.getByRole('main')
  await main.getByLabel('Email').fill(email)
  await main.getByRole('button', { name: 'Subscribe' }).click()
  await expect(main.getByRole('status')).toContainText('Please check your inbox')
  const [delivered] = await mailbox.waitFor(email)
  const subject = String(delivered?.subject)
  expect(subject).toContain('Please confirm')

  await signIn(page)
  await page.goto('/admin/outbox')
  await expect(page.getByRole('main')).toContainText('sent through the SMTP server at 127.0.0.1:2526')
  const row = page.getByRole('row').filter({ hasText: email })
  // The mailer marks the email sent once the SMTP server has answered, a moment after it arrives.
  await expect(async () => {
    await page.reload()
    await expect(row.getByRole('cell').nth(2)).toHaveText('Sent')
  }).toPass({ timeout: 10_000 })
  await expect(row.getByRole('cell').first()).toHaveText(subject)
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)

  await row.getByRole('link', { name: subject }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject)
  await expect(page.getByRole('main')).toContainText(email)
  const text = page.getByRole('region', { name: 'Text of the email' })
  await expect(text).toContainText('/newsletter/confirm?token=')
  await expect(text.getByRole('link')).toHaveCount(0)
  await expect(page.getByRole('main').locator('a[href*="/newsletter/confirm"]')).toHaveCount(0)
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
})

test('a failed email is listed under Failed with its error, and stored markup stays text', async ({ page }) => {
  const subject = uniqueText('Reply to <b>your</b> comment')
  const sqlite = openTestDatabase()
  const { lastInsertRowid } = sqlite
    .prepare("insert into outbox (to_address, subject, text_body, html_body, headers, status, error, created_at) values (?, ?, ?, ?, '{}', 'failed', ?, ?)")
    .run(
      'reader@example.com',
      subject,
      'Hello <b>there</b> <img src=x onerror="document.title=1"> <a href="https://evil.example/">click</a>',
      '<p><a href="https://evil.example/">click</a><img src=x onerror="document.title=1"></p>',
      'Greeting never came',
      Date.now(),
    )
  sqlite.close()
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`)
  })

  await signIn(page)
  await page.goto('/admin/outbox?status=failed')
  const row = page.getByRole('row').filter({ hasText: subject })
  await expect(row).toContainText('Failed')
  await expect(row).toContainText('Greeting never came')
  await page.goto('/admin/outbox?status=sent')
  await expect(page.getByRole('row').filter({ hasText: subject })).toHaveCount(0)

  await page.goto(`/admin/outbox/${lastInsertRowid}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject)
  const text = page.getByRole('region', { name: 'Text of the email' })
  await expect(text).toContainText('Hello <b>there</b> <img src=x onerror="document.title=1">')
  await expect(text.locator('b, img, a')).toHaveCount(0)
  await expect(page.getByRole('main').locator('a[href^="https://evil.example"]')).toHaveCount(0)
  await expect(page).not.toHaveTitle('1')
  await expect(page.getByRole('main')).toContainText('Failed: Greeting never came')

  expect((await page.goto('/admin/outbox/999999999'))?.status()).toBe(404)
  expect((await page.goto('/admin/outbox/not-a-number'))?.status()).toBe(404)
})
