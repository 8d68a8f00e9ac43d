import { authorPassword, ensureAuthor, expect, expectNoAxeViolations, signIn, test } from './fixtures'

test('strangers are sent to the login page; authors sign in and out', async ({ page, isJavaScriptEnabled }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('heading', { name: 'Sign in to write' })).toBeVisible()
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await signIn(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Maren')
  await expect(page.getByRole('navigation', { name: 'Editor' })).toBeVisible()
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  const cookies = await page.context().cookies()
  const session = cookies.find((cookie) => cookie.name.includes('session-token'))
  expect(session?.httpOnly).toBe(true)
  expect(session?.sameSite).toBe('Lax')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login\?signedOut=1$/)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/login$/)
})

test('wrong passwords are refused, then throttled even for the right one', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'throttling counts per account and address: one project is enough')
  const email = `throttle-${Date.now()}@example.com`
  await ensureAuthor(email)
  await page.goto('/login')
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(`wrong password ${attempt}`)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('main').getByRole('alert')).toContainText('do not match')
    // The password is never echoed back; the email is kept.
    await expect(page.getByLabel('Password')).toHaveValue('')
  }
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(authorPassword)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Too many attempts')
  await expect(page).toHaveURL(/\/login/)
})

test('a login form with missing fields says what is missing', async ({ page }) => {
  await page.goto('/login')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('Please enter the email address you sign in with.')).toBeVisible()
  await expect(page.getByText('Please enter your password.')).toBeVisible()
})
