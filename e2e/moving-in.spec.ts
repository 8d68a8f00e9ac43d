import { expect, expectNoAxeViolations, openTestDatabase, signIn, test } from './fixtures'
import { wordpressFixturePath as fixture } from '../test/wordpress-fixture'

// Moving in from WordPress: the owner uploads WordPress's own edge-case export on the Import screen,
// watches it run, reads the report, and the imported posts and their old WordPress addresses work.
// Afterwards the journey takes the imported rows out again, so the journeys after it read the demo
// blog they expect (the fixture's posts would fill the seed's "Uncategorized" archive, for one).
const importedTables = [
  'comments',
  'post_categories',
  'post_tags',
  'menu_items',
  'menus',
  'redirects',
  'wordpress_attachments',
  'posts',
  'categories',
  'tags',
  'authors',
] as const
let lastIdsBefore: Map<string, number> | null = null

function lastIds(): Map<string, number> {
  const sqlite = openTestDatabase()
  try {
    return new Map(importedTables.map((table) => [table, (sqlite.prepare(`select coalesce(max(rowid), 0) as id from ${table}`).get() as { id: number }).id]))
  } finally {
    sqlite.close()
  }
}

test.afterEach(() => {
  if (!lastIdsBefore) return
  const before = lastIdsBefore
  lastIdsBefore = null
  const sqlite = openTestDatabase()
  try {
    sqlite.transaction(() => {
      for (const table of importedTables) sqlite.prepare(`delete from ${table} where rowid > ?`).run(before.get(table) ?? 0)
      // Rows the import merged with (the seed's About page, its Uncategorized category) forget the file.
      for (const table of ['posts', 'categories', 'tags', 'comments', 'menus', 'menu_items'])
        sqlite.prepare(`update ${table} set wordpress_id = null where wordpress_id is not null and rowid <= ?`).run(before.get(table) ?? 0)
      sqlite
        .prepare("update posts set comment_count = (select count(*) from comments where post_id = posts.id and status = 'approved' and type = 'comment')")
        .run()
    })()
  } finally {
    sqlite.close()
  }
})

test('upload a WordPress export, see progress and the report, then read the imported site through old links', async ({
  page,
  request,
  isJavaScriptEnabled,
}) => {
  test.setTimeout(90_000)
  await signIn(page)
  lastIdsBefore = lastIds()
  await page.goto('/admin/import')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await page.getByLabel('WordPress export file').setInputFiles(fixture)
  await page.getByRole('button', { name: 'Import' }).click()

  await expect(page).toHaveURL(/\/admin\/import\?job=\d+$/)
  await expect(page.getByRole('heading', { name: 'Import of wordpress-theme-unit-test.xml' })).toBeVisible()
  await expect(page.getByRole('progressbar').or(page.getByText('Import finished.'))).toBeVisible()
  // The page refreshes itself while the import runs, with or without JavaScript.
  await expect(page.getByText('Import finished.')).toBeVisible({ timeout: 60_000 })
  const posts = page.getByRole('row', { name: /^Posts/ })
  await expect(posts.getByRole('cell')).toHaveText(['58', '0', '0', '0'])
  await expect(page.getByRole('row', { name: /^Comments/ }).getByRole('cell')).toHaveText(['33', '0', '0', '0'])
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)

  // Old WordPress addresses answer 308 to the new ones.
  const oldLinks: [string, string][] = [
    ['/?p=1173', '/markup-title-with-markup'],
    ['/2013/01/05/markup-title-with-markup', '/markup-title-with-markup'],
    ['/2013/01/05/markup-title-with-markup/', '/markup-title-with-markup'],
    ['/?page_id=1813', '/greek/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-2/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-3'],
  ]
  for (const [from, to] of oldLinks) {
    const response = await request.get(from, { maxRedirects: 5 })
    expect(response.status(), from).toBe(200)
    expect(new URL(response.url()).pathname, from).toBe(to)
  }
  const direct = await request.get('/?p=1173', { maxRedirects: 0 })
  expect(direct.status()).toBe(308)

  // The title with markup is text; the Greek page resolves from its percent-encoded path.
  await page.goto('/markup-title-with-markup')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>')
  await page.goto('/greek/επίπεδο-2/επίπεδο-3')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Επίπεδο 3')

  // The password-protected post asks for its password; the right one shows the text.
  const secret = 'This content, comments, pingbacks, and trackbacks should not be visible until the password is entered.'
  await page.goto('/template-password-protected')
  await expect(page.getByText(secret)).toHaveCount(0)
  await page.getByLabel('Password', { exact: true }).fill('not it')
  await page.getByRole('button', { name: 'Enter', exact: true }).click()
  await expect(page.getByText('That is not the password for this post.')).toBeVisible()
  await page.getByLabel('Password', { exact: true }).fill('enter')
  await page.getByRole('button', { name: 'Enter', exact: true }).click()
  await expect(page.getByText(secret)).toBeVisible()
  // Nobody else gets it from the shared page cache.
  const anonymous = await request.get('/template-password-protected', { headers: { cookie: '' } })
  expect(await anonymous.text()).not.toContain(secret)
})

test('a stranger cannot see the Import screen, upload a file or download the export', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const screen = await request.get('/admin/import', { maxRedirects: 0, headers: { cookie: '' } })
  expect(screen.status()).toBeGreaterThanOrEqual(300)
  expect(screen.headers()['location'] ?? '').toContain('/login')
  const download = await request.get('/admin/export', { maxRedirects: 0, headers: { cookie: '' } })
  expect(download.status()).toBe(401)
  expect(await download.text()).not.toContain('@')
})
