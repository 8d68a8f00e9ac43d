import { e2eSmtpPort } from '../playwright.config'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openTestDatabase, signIn, test } from './fixtures'
import { Mailbox } from './mailbox'
import { loadFormFields } from './pages/raw-comment'

const mailbox = new Mailbox()
test.describe.configure({ mode: 'serial' })
// Test files run one after another, so each mail journey can own the app's SMTP port while it runs.
test.beforeAll(async () => mailbox.start(e2eSmtpPort))
test.afterAll(async () => mailbox.stop())

function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://\\S+${path.replace(/[/?]/g, (c) => `\\${c}`)}\\S*`))
  if (!match) throw new Error(`no ${path} link in:\n${text}`)
  // Plain-text emails put links in parentheses or end sentences with them.
  return match[0].replace(/[).,>\]]+$/, '')
}

// Opening the link only shows the button; pressing it confirms.
async function confirmAt(page: Page, link: string, expected: string) {
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your subscription')
  await page.getByRole('button', { name: 'Yes, subscribe me' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText(expected)
}

function ageEmailLimit(email: string) {
  const sqlite = openTestDatabase()
  sqlite.prepare("update rate_limit_hits set created_at = created_at - 2 * 60 * 60 * 1000 where bucket = 'newsletter-email' and key = ?").run(email)
  sqlite.close()
}

function subscriberStatus(email: string): string | undefined {
  const sqlite = openTestDatabase()
  const row = sqlite.prepare('select status from subscribers where email = ?').get(email) as { status: string } | undefined
  sqlite.close()
  return row?.status
}

test('sign up, confirm, receive a post, and unsubscribe in one click', async ({ page, browser, request, isJavaScriptEnabled }, testInfo) => {
  test.setTimeout(90_000)
  const project = testInfo.project.name
  const email = `reader-${project}-${Date.now()}@example.com`
  await page.goto('/newsletter')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  const form = page.getByRole('main')
  await form.getByLabel('Email').fill(email)
  await form.getByLabel('First name (optional)').fill('Robin')
  await form.getByRole('button', { name: 'Subscribe' }).click()
  await expect(form.getByRole('status')).toContainText('Please check your inbox')
  expect(subscriberStatus(email)).toBe('pending')

  const [confirmation] = await mailbox.waitFor(email)
  expect(confirmation?.subject).toContain('Please confirm')
  const confirmLink = linkIn(String(confirmation?.text), '/newsletter/confirm?token=')
  await confirmAt(page, confirmLink, 'You are subscribed')
  expect(subscriberStatus(email)).toBe('confirmed')
  // The link is single-use: a second click is harmless and says so plainly.
  await confirmAt(page, confirmLink, 'already been used')
  expect(subscriberStatus(email)).toBe('confirmed')
  // One email per address per hour: let that hour pass for this address.
  ageEmailLimit(email)

  // Signing up again reveals nothing on the page and sends only a reminder.
  await page.goto('/')
  const sidebar = page.getByRole('complementary', { name: 'Sidebar' })
  await sidebar.getByLabel('Email').fill(email)
  await sidebar.getByRole('button', { name: 'Subscribe' }).click()
  await expect(sidebar.getByRole('status')).toContainText('Please check your inbox')
  const afterSecondSignup = await mailbox.waitFor(email, 2)
  expect(afterSecondSignup[1]?.subject).toContain('already subscribed')
  expect(String(afterSecondSignup[1]?.text)).not.toContain('/newsletter/confirm')

  // The author sends a published post; it arrives once, with one-click unsubscribe headers.
  const slug = project === 'js' ? 'migraine-go-bag' : 'going-dairy-free'
  const author = await browser.newPage()
  await signIn(author)
  const sqlite = openTestDatabase()
  const post = sqlite.prepare('select id, title from posts where slug = ?').get(slug) as { id: number; title: string }
  sqlite.close()
  await author.goto(`/admin/posts/${post.id}`)
  await author.getByRole('button', { name: 'Send to subscribers' }).click()
  await expect(author.getByText(/Sending: \d+ of \d+ subscribers|Sent to all \d+ subscribers/)).toBeVisible()
  const delivered = await mailbox.waitFor(email, 3, 30_000)
  const newsletter = delivered.find((mail) => mail.subject === post.title)
  expect(newsletter).toBeTruthy()
  const listUnsubscribe = newsletter?.headerLines.find((header) => header.key === 'list-unsubscribe')?.line ?? ''
  expect(newsletter?.headerLines.find((header) => header.key === 'list-unsubscribe-post')?.line).toContain('List-Unsubscribe=One-Click')
  expect(String(newsletter?.html)).not.toMatch(/(href|src)="\//)
  expect(String(newsletter?.text)).toContain('Robin')
  // Pressing again does not send it twice.
  await author.reload()
  await expect(author.getByRole('button', { name: 'Send to subscribers' })).toHaveCount(0)
  await author.close()

  const oneClickUrl = listUnsubscribe.match(/<([^>]+)>/)?.[1] ?? ''
  const pageUrl = linkIn(String(newsletter?.text), '/newsletter/unsubscribe?token=')
  const unsubscribeByPage = async () => {
    // The visible link asks first; the button unsubscribes.
    await page.goto(pageUrl)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unsubscribe from the newsletter')
    await page.getByRole('button', { name: 'Unsubscribe' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('You are unsubscribed')
  }
  const unsubscribeByOneClick = async () => {
    const response = await request.post(oneClickUrl, { form: { 'List-Unsubscribe': 'One-Click' }, headers: { cookie: '' } })
    expect(response.status()).toBe(200)
  }
  // Each project takes a different way out first, so both really change the state; the other is
  // then harmless.
  if (project === 'no-js') {
    await unsubscribeByPage()
    expect(subscriberStatus(email)).toBe('unsubscribed')
    await unsubscribeByOneClick()
  } else {
    await unsubscribeByOneClick()
    expect(subscriberStatus(email)).toBe('unsubscribed')
    await unsubscribeByPage()
  }
  expect(subscriberStatus(email)).toBe('unsubscribed')
})

test('expired and forged links get a clear page', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'one project is enough')
  const { hashToken } = await import('../lib/newsletter/tokens')
  const sqlite = openTestDatabase()
  const email = `expired-${Date.now()}@example.com`
  sqlite
    .prepare("insert into subscribers (email, status, confirm_token_hash, confirm_token_expires_at, created_at) values (?, 'pending', ?, ?, ?)")
    .run(email, hashToken('an-old-token'), Date.now() - 1000, Date.now() - 100_000)
  sqlite.close()
  await confirmAt(page, '/newsletter/confirm?token=an-old-token', 'This link has expired')
  expect(subscriberStatus(email)).toBe('pending')
  await confirmAt(page, '/newsletter/confirm?token=made-up', 'not valid')
  expect((await request.post('/newsletter/unsubscribe/one-click?token=1.forged', { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(400)
})

test('header injection is refused and hostile names stay inert', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level and admin checks: one project is enough')
  const action = await loadFormFields(request, '/newsletter', 'firstName')
  const injected = `inject-${Date.now()}@example.com`
  await request.post('/newsletter', { multipart: { ...action, email: injected, firstName: 'Eve\r\nBcc: victim@example.com', source: 'page' }, maxRedirects: 0 })
  await request.post('/newsletter', {
    multipart: { ...action, email: `${injected}\r\nBcc: victim@example.com`, firstName: '', source: 'page' },
    maxRedirects: 0,
  })
  expect(subscriberStatus(injected)).toBeUndefined()

  const hostile = `hostile-${Date.now()}@example.com`
  await page.goto('/newsletter')
  await page.getByRole('main').getByLabel('Email').fill(hostile)
  await page.getByRole('main').getByLabel('First name (optional)').fill('<img src=x onerror="window.__pwned=1">')
  await page.getByRole('main').getByRole('button', { name: 'Subscribe' }).click()
  const [mail] = await mailbox.waitFor(hostile)
  // The name a stranger typed never goes into an email to an address that has not confirmed.
  expect(String(mail?.html)).not.toContain('img src=x')
  expect(String(mail?.text)).not.toContain('img src=x')

  await signIn(page)
  await page.goto(`/admin/subscribers?q=${encodeURIComponent(hostile)}`)
  await expect(page.getByText('<img src=x onerror="window.__pwned=1">')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
})
