import { expect, openTestDatabase, test } from './fixtures'

// Rows written behind the app's back (an import, a restored backup, a hand edit) must still render
// inert: the reader side sanitizes again and escapes everything a commenter typed.
const hostileBody = [
  '<p>Before</p>',
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '<a href="javascript:window.__pwned=\'link\'">click me</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<p onclick="window.__pwned=\'click\'" style="position:fixed;inset:0">styled</p>',
  '<iframe src="https://example.com"></iframe>',
  '<svg><script>window.__pwned="svg"</script></svg>',
  '<p>After</p>',
].join('')

test('hostile HTML and comment fields in the database render inert', async ({ page }, testInfo) => {
  const slug = `hostile-${testInfo.project.name}-${Date.now()}`
  const sqlite = openTestDatabase()
  try {
    const author = sqlite.prepare('select id from authors order by id limit 1').get() as { id: number }
    const now = Date.now()
    const post = sqlite
      .prepare(
        `insert into posts (type, status, title, slug, author_id, body, published_at, comment_count, created_at, modified_at)
         values ('post', 'published', ?, ?, ?, ?, ?, 1, ?, ?) returning id`,
      )
      .get('<script>window.__pwned="title"</script>Hostile', slug, author.id, hostileBody, now, now, now) as { id: number }
    sqlite
      .prepare(
        `insert into comments (post_id, author_name, author_email, author_url, body, status, created_at)
         values (?, ?, 'attacker@example.com', ?, ?, 'approved', ?)`,
      )
      .run(
        post.id,
        '<img src=x onerror="window.__pwned=\'name\'">Mallory',
        'javascript:window.__pwned="url"',
        '<script>window.__pwned="comment"</script>hello',
        now,
      )
  } finally {
    sqlite.close()
  }

  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const response = await page.goto(`/${slug}`)
  expect(response?.status()).toBe(200)
  const article = page.getByRole('main')
  await expect(article.getByText('Before', { exact: true })).toBeVisible()
  await expect(article.getByText('After', { exact: true })).toBeVisible()
  // The title and comment text show as text, not markup.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>')
  await expect(page.getByText('<script>window.__pwned="comment"</script>hello')).toBeVisible()

  // Structured data is the one script element allowed: a JSON-LD data block, never run, whose text holds
  // no "<" at all (lib/seo/json-ld.ts escapes it), so the hostile title cannot close it.
  const mainHtml = (await article.innerHTML()).replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '')
  expect(mainHtml).not.toMatch(/<script/i)
  expect(mainHtml).not.toMatch(/<iframe/i)
  // No tag carries an event-handler attribute (the escaped text of one is fine).
  const tagsWithoutValues = [...mainHtml.matchAll(/<[a-z][^>]*>/gi)].map((match) => match[0].replace(/"[^"]*"/g, '""'))
  expect(tagsWithoutValues.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([])
  await expect(page.locator('main [onerror], main [onclick], main [onload]')).toHaveCount(0)
  expect(mainHtml).not.toMatch(/javascript:/i)
  expect(mainHtml).not.toMatch(/style="position/i)
  expect(mainHtml).not.toContain('attacker@example.com')
  // The commenter's javascript: website is not a link.
  await expect(page.getByRole('link', { name: /Mallory/ }).filter({ hasNotText: 'Reply' })).toHaveCount(0)

  await page.getByText('click me').click()
  await page
    .getByText('styled')
    .click()
    .catch(() => undefined)
  expect(dialogs).toEqual([])
  if (testInfo.project.name === 'js') expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
})

// The row goes again afterwards so other journeys see the demo blog as seeded.
test.afterEach(() => {
  const sqlite = openTestDatabase()
  sqlite.prepare("delete from posts where slug like 'hostile-%'").run()
  sqlite.close()
})
