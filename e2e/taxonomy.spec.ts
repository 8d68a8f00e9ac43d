import type { APIRequestContext, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openTestDatabase, signIn, test, uniqueText } from './fixtures'

// Each journey makes its own terms and posts (unique names), so the seeded ones other specs read stay
// as they were. Test posts are dated 2001 to stay off the front page and out of "latest" lists.
const longAgo = Date.UTC(2001, 0, 1)

function suffix() {
  return (uniqueText('x').split(' ')[1] ?? '').toLowerCase()
}

function insertPost(title: string, terms: { categoryIds?: number[]; tagIds?: number[] }): number {
  const sqlite = openTestDatabase()
  try {
    const author = sqlite.prepare('select id from authors order by id limit 1').get() as { id: number }
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    const { lastInsertRowid } = sqlite
      .prepare(
        "insert into posts (type, status, title, slug, author_id, body, published_at, primary_category_id) values ('post', 'published', ?, ?, ?, '<p>Test post.</p>', ?, ?)",
      )
      .run(title, slug, author.id, longAgo, terms.categoryIds?.[0] ?? null)
    const postId = Number(lastInsertRowid)
    for (const categoryId of terms.categoryIds ?? []) sqlite.prepare('insert into post_categories (post_id, category_id) values (?, ?)').run(postId, categoryId)
    for (const tagId of terms.tagIds ?? []) sqlite.prepare('insert into post_tags (post_id, tag_id) values (?, ?)').run(postId, tagId)
    return postId
  } finally {
    sqlite.close()
  }
}

function insertTerm(table: 'categories' | 'tags', name: string, slug: string): number {
  const sqlite = openTestDatabase()
  try {
    return Number(sqlite.prepare(`insert into ${table} (name, slug) values (?, ?)`).run(name, slug).lastInsertRowid)
  } finally {
    sqlite.close()
  }
}

// Waits for the page's scripts to settle, so typing is not undone by hydration (see editor.spec.ts).
async function open(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'networkidle' })
}

async function expectPermanentRedirect(request: APIRequestContext, from: string, to: string) {
  // Twice: the first answer is rendered, the second comes from the page cache.
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(308)
    expect(response.headers()['location'], from).toBe(to)
  }
}

test('create a category under a parent, rename the parent and follow the old addresses', async ({ page, request, isJavaScriptEnabled }) => {
  const id = suffix()
  const parentName = `Flare plans ${id}`
  const childName = `Night shifts ${id}`
  await signIn(page)
  await open(page, '/admin/categories')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)

  const addForm = page.getByRole('region', { name: 'Add category' })
  await addForm.getByLabel('Name').fill(parentName)
  await addForm.getByLabel('Slug').fill(`flare-plans-${id}`)
  await addForm.getByRole('button', { name: 'Add category' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Added the category “${parentName}”` })).toBeVisible()
  await expect(page.getByRole('table').getByRole('link', { name: parentName, exact: true })).toBeVisible()

  await open(page, '/admin/categories')
  await addForm.getByLabel('Name').fill(childName)
  await addForm.getByLabel('Parent category').selectOption({ label: parentName })
  await addForm.getByRole('button', { name: 'Add category' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Added the category “${childName}”` })).toBeVisible()
  // No slug typed: one is made from the name; the child sits under its parent.
  const childRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: childName, exact: true }) })
  await expect(childRow).toContainText(`night-shifts-${id}`)
  await expect(childRow).toContainText('—')
  const oldParentPath = `/category/flare-plans-${id}`
  const oldChildPath = `${oldParentPath}/night-shifts-${id}`
  await expect(childRow.getByRole('link', { name: `View the ${childName} archive` })).toHaveAttribute('href', oldChildPath)
  // Readers have seen (and the cache holds) the old addresses.
  expect((await request.get(oldChildPath)).status()).toBe(200)

  await page.getByRole('table').getByRole('link', { name: parentName, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(parentName)
  await page.waitForLoadState('networkidle')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  const newName = `Flare toolkit ${id}`
  const newParentPath = `/category/flare-toolkit-${id}`
  await page.getByLabel('Name').fill(newName)
  await page.getByLabel('Slug', { exact: true }).fill(`flare-toolkit-${id}`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(newName)

  await expectPermanentRedirect(request, oldParentPath, newParentPath)
  await expectPermanentRedirect(request, oldChildPath, `${newParentPath}/night-shifts-${id}`)
  await expectPermanentRedirect(request, `${oldParentPath}/page/2`, `${newParentPath}/page/2`)
  await page.goto(oldParentPath)
  await expect(page).toHaveURL(new RegExp(`${newParentPath}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Category: ${newName}`)
  await page.goto(oldChildPath)
  await expect(page).toHaveURL(new RegExp(`${newParentPath}/night-shifts-${id}$`))
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: newName, exact: true })).toBeVisible()

  // Renamed back: the old address is live again (not a cached redirect), and the other one now redirects.
  await open(page, '/admin/categories')
  await page.getByRole('table').getByRole('link', { name: newName, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(newName)
  await page.waitForLoadState('networkidle')
  await page.getByLabel('Slug', { exact: true }).fill(`flare-plans-${id}`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  for (const path of [oldParentPath, oldChildPath]) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200)
  await expectPermanentRedirect(request, `${newParentPath}/night-shifts-${id}`, oldChildPath)
})

test('a duplicate slug is refused next to the field, keeping what was typed', async ({ page, isJavaScriptEnabled }) => {
  const id = suffix()
  const takenSlug = `pain-diary-${id}`
  insertTerm('categories', `Pain diary ${id}`, takenSlug)
  await signIn(page)
  await open(page, '/admin/categories')
  const addForm = page.getByRole('region', { name: 'Add category' })
  await addForm.getByLabel('Name').fill(`Another diary ${id}`)
  await addForm.getByLabel('Slug').fill(takenSlug)
  await addForm.getByLabel('Description').fill('Typed with care')
  await addForm.getByRole('button', { name: 'Add category' }).click()
  const slugField = addForm.getByLabel('Slug')
  await expect(slugField).toHaveAccessibleDescription(new RegExp(`The slug “${takenSlug}” is already used by another category`))
  await expect(slugField).toHaveAttribute('aria-invalid', 'true')
  await expect(slugField).toHaveValue(takenSlug)
  await expect(addForm.getByLabel('Name')).toHaveValue(`Another diary ${id}`)
  await expect(addForm.getByLabel('Description')).toHaveValue('Typed with care')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
})

test('merge two tags: the posts of both are listed under the target, the old address redirects', async ({ page, request, isJavaScriptEnabled }) => {
  const id = suffix()
  const sourceName = `Spoon counting ${id}`
  const targetName = `Energy budget ${id}`
  const sourceId = insertTerm('tags', sourceName, `spoon-counting-${id}`)
  const targetId = insertTerm('tags', targetName, `energy-budget-${id}`)
  const firstTitle = `Counting spoons at breakfast ${id}`
  const secondTitle = `A budget for a busy week ${id}`
  insertPost(firstTitle, { tagIds: [sourceId] })
  insertPost(secondTitle, { tagIds: [sourceId, targetId] })

  await signIn(page)
  await open(page, '/admin/tags')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await page.getByRole('searchbox', { name: 'Search tags' }).fill(`spoon counting ${id}`)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
  await page.getByRole('table').getByRole('link', { name: sourceName, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(sourceName)
  await page.waitForLoadState('networkidle')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await page.getByLabel('Merge into', { exact: true }).selectOption({ label: targetName })
  await page.getByRole('button', { name: 'Merge…' }).click()
  await expect(page.getByRole('heading', { name: `Merge “${sourceName}” into “${targetName}”?` })).toBeVisible()
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(targetName)
  await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toBeVisible()

  await expectPermanentRedirect(request, `/tag/spoon-counting-${id}`, `/tag/energy-budget-${id}`)
  await page.goto(`/tag/spoon-counting-${id}`)
  await expect(page).toHaveURL(new RegExp(`/tag/energy-budget-${id}$`))
  await expect(page.getByRole('link', { name: firstTitle, exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: secondTitle, exact: true })).toBeVisible()
})

test('delete a category: a post that had only it is listed under the default category', async ({ page, isJavaScriptEnabled }) => {
  const id = suffix()
  const doomedName = `Old routines ${id}`
  const keptName = `Kept routines ${id}`
  const doomedId = insertTerm('categories', doomedName, `old-routines-${id}`)
  const keptId = insertTerm('categories', keptName, `kept-routines-${id}`)
  const loneTitle = `Morning stretches ${id}`
  const sharedTitle = `Evening wind-down ${id}`
  insertPost(loneTitle, { categoryIds: [doomedId] })
  insertPost(sharedTitle, { categoryIds: [doomedId, keptId] })

  await signIn(page)
  await open(page, `/admin/categories/${doomedId}`)
  await page.getByRole('link', { name: 'Delete this category…' }).click()
  await expect(page.getByRole('heading', { name: `Delete the category “${doomedName}”?` })).toBeVisible()
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Delete category' }).click()
  await expect(page).toHaveURL(/\/admin\/categories\?notice=deleted$/)
  await expect(page.getByRole('table').getByRole('link', { name: doomedName, exact: true })).toHaveCount(0)
  // No default was chosen in settings: WordPress's "Uncategorized" is made and marked as the default.
  const defaultRow = page.getByRole('row').filter({ hasText: '(default)' })
  await expect(defaultRow.getByRole('link', { name: 'Uncategorized', exact: true })).toBeVisible()

  await page.goto('/category/uncategorized')
  await expect(page.getByRole('link', { name: loneTitle, exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: sharedTitle, exact: true })).toHaveCount(0)
  await page.goto(`/category/kept-routines-${id}`)
  await expect(page.getByRole('link', { name: sharedTitle, exact: true })).toBeVisible()
  expect((await page.goto(`/category/old-routines-${id}`))?.status()).toBe(404)

  // The default category itself cannot be deleted.
  await page.goto('/admin/categories')
  await defaultRow.getByRole('link', { name: 'Uncategorized', exact: true }).click()
  await expect(page.getByText('This is the default category')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Delete this category…' })).toHaveCount(0)
})

test('a hostile tag name and description are stored as typed and shown as text', async ({ page, isJavaScriptEnabled }) => {
  const id = suffix()
  const hostileName = `<img src=x onerror="window.__pwned='tag'">Sneaky ${id}`
  await signIn(page)
  await open(page, '/admin/tags')
  const addForm = page.getByRole('region', { name: 'Add tag' })
  await addForm.getByLabel('Name').fill(hostileName)
  await addForm.getByLabel('Description').fill('<script>window.__pwned="description"</script>')
  await addForm.getByRole('button', { name: 'Add tag' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added the tag' })).toBeVisible()
  await open(page, `/admin/tags?q=${encodeURIComponent(`sneaky ${id}`)}`)
  const row = page.getByRole('row').filter({ hasText: `Sneaky ${id}` })
  await expect(row.getByRole('link', { name: hostileName, exact: true })).toBeVisible()
  await expect(row).toContainText('<script>window.__pwned="description"</script>')
  // The slug is made from the letters alone.
  await expect(row).toContainText(`img-src-x-onerror-window-pwned-tag-sneaky-${id}`)
  await expect(row.getByRole('img')).toHaveCount(0)
  if (isJavaScriptEnabled) expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
})
