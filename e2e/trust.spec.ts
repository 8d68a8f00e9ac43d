import { authorPassword, ensureAuthor, expect, signIn, test } from './fixtures'

// Issue 13's journey: the attacks a review found stay closed (sessions, redirects, newsletter,
// spam stamps), and the privacy tools work end to end. Reader pages are checked for CSP violations
// by the shared fixture in every spec.

test('an old session cookie is refused after sign-out and after a password change', async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'sessions are the same with and without JavaScript: one project is enough')
  const email = `sessions-${Date.now()}@example.com`
  await signIn(page, email)
  const beforeSignOut = await page.context().cookies()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login\?signedOut=1$/)

  const thief = await browser.newContext()
  try {
    await thief.addCookies(beforeSignOut)
    const stolen = await thief.newPage()
    await stolen.goto('/admin')
    await expect(stolen).toHaveURL(/\/login$/)

    await signIn(page, email)
    const beforeChange = await page.context().cookies()
    await page.goto('/admin/settings')
    await page.getByLabel('Current password').fill(authorPassword)
    await page.getByLabel('New password', { exact: true }).fill('a brand new and long password')
    await page.getByLabel('New password again').fill('a brand new and long password')
    await page.getByRole('button', { name: 'Change password' }).click()
    await expect(page.getByText('Password changed. Every other session is signed out.')).toBeVisible()
    // This browser stays signed in; the copy taken before the change does not.
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin$/)
    await thief.clearCookies()
    await thief.addCookies(beforeChange)
    await stolen.goto('/admin')
    await expect(stolen).toHaveURL(/\/login$/)

    // "Sign out everywhere" ends this session too.
    await page.goto('/admin/settings')
    await page.getByRole('button', { name: 'Sign out everywhere' }).click()
    await expect(page).toHaveURL(/\/login\?signedOut=1$/)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/login$/)
  } finally {
    await thief.close()
  }
})

test('auth redirects name SITE_URL, never a host the request made up', async ({ request, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const email = `redirects-${Date.now()}@example.com`
  await ensureAuthor(email)
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const forged = { 'x-forwarded-host': 'attacker.example', 'x-forwarded-proto': 'https' }
  const response = await request.post('/api/auth/callback/credentials', { form: { email, password: 'not the password', csrfToken }, headers: forged, maxRedirects: 0 })
  expect(response.status()).toBeGreaterThanOrEqual(300)
  expect(response.status()).toBeLessThan(400)
  expect(response.headers()['location']).toMatch(new RegExp(`^${baseURL}/login`))
})
