import { expect, expectNoAxeViolations, openTestDatabase, signIn, test } from './fixtures'

test('the author lists, searches, exports, imports and removes subscribers', async ({ page, isJavaScriptEnabled }, testInfo) => {
  const marker = `${testInfo.project.name}-${Date.now()}`
  const sqlite = openTestDatabase()
  sqlite
    .prepare("insert into subscribers (email, first_name, status, source, created_at) values (?, 'Casey', 'confirmed', 'sidebar', ?)")
    .run(`casey-${marker}@example.com`, Date.now())
  sqlite.close()
  await signIn(page)
  await page.goto('/admin/subscribers')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await page.getByRole('searchbox', { name: 'Search subscribers' }).fill(`casey-${marker}`)
  await page.getByRole('button', { name: 'Search' }).click()
  const table = page.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Casey')
  await expect(table).toContainText('Sidebar form')
  await expect(table).toContainText('Subscribed')

  // Export: a real CSV download for the signed-in author.
  const exported = await page.request.get('/admin/subscribers/export')
  expect(exported.headers()['content-type']).toContain('text/csv')
  expect(await exported.text()).toContain(`casey-${marker}@example.com,Casey,confirmed,sidebar`)

  // Import: bad lines are reported, duplicates merged, good ones added.
  const csv = [
    'email,first_name',
    `new-${marker}@example.com,Noor`,
    'not-an-email,Broken',
    `NEW-${marker}@example.com,Noor again`,
    `casey-${marker}@example.com,`,
  ].join('\n')
  await page.getByLabel('CSV file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByRole('button', { name: 'Import' }).click()
  const summary = page.getByRole('status').filter({ hasText: 'Added' })
  await expect(summary).toContainText('Added 1')
  await expect(summary).toContainText('merged 1')
  await expect(summary).toContainText('line 3')

  await page.goto(`/admin/subscribers?q=${encodeURIComponent(`new-${marker}`)}`)
  await expect(page.getByRole('table')).toContainText('Noor')
  await page
    .getByRole('button', { name: /Remove/ })
    .first()
    .click()
  // The list refreshes without the row (waiting here: navigating at once could cut the removal off).
  await expect(page.getByRole('table')).toHaveCount(0)
  await page.goto(`/admin/subscribers?q=${encodeURIComponent(`new-${marker}`)}`)
  await expect(page.getByRole('table')).toHaveCount(0)
})
