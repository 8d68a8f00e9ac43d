import type { Browser, Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openTestDatabase, signIn, test, uniqueText } from './fixtures'

// Other specs read the seeded menu, so each test adds only items with unique labels or targets and
// removes them (and anything it created) at the end, whatever happened.
type Created = { pageIds: number[]; categoryIds: number[]; labels: string[] }

function createPage(title: string): number {
  const sqlite = openTestDatabase()
  try {
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    const now = Date.now()
    const row = sqlite
      .prepare(
        "insert into posts (type, status, title, slug, author_id, body, published_at, created_at, modified_at) values ('page', 'published', ?, ?, 1, '<p>Plan.</p>', ?, ?, ?) returning id",
      )
      .get(title, slug, now, now, now) as { id: number }
    return row.id
  } finally {
    sqlite.close()
  }
}

function createCategory(name: string): number {
  const sqlite = openTestDatabase()
  try {
    return (
      sqlite.prepare('insert into categories (name, slug) values (?, ?) returning id').get(name, name.toLowerCase().replace(/[^a-z0-9]+/g, '-')) as {
        id: number
      }
    ).id
  } finally {
    sqlite.close()
  }
}

function cleanUp(created: Created) {
  const sqlite = openTestDatabase()
  try {
    for (const id of created.pageIds) sqlite.prepare("delete from menu_items where kind = 'page' and target_id = ?").run(id)
    for (const id of created.categoryIds) sqlite.prepare("delete from menu_items where kind = 'category' and target_id = ?").run(id)
    for (const label of created.labels) sqlite.prepare('delete from menu_items where label = ?').run(label)
    for (const id of created.pageIds) sqlite.prepare('delete from posts where id = ?').run(id)
    for (const id of created.categoryIds) sqlite.prepare('delete from categories where id = ?').run(id)
  } finally {
    sqlite.close()
  }
}

function countMenuItems(where: string, ...params: unknown[]): number {
  const sqlite = openTestDatabase()
  try {
    return (sqlite.prepare(`select count(*) as count from menu_items where ${where}`).get(...params) as { count: number }).count
  } finally {
    sqlite.close()
  }
}

// The labels of the menu items from the top level down to this link, read from the page's nesting.
async function nestingOf(link: Locator): Promise<string[]> {
  return link.evaluate((element) => {
    const labels: string[] = []
    for (let item = element.closest('li'); item; item = item.parentElement?.closest('li') ?? null) {
      labels.unshift(item.querySelector(':scope > a')?.firstChild?.textContent?.trim() ?? '')
    }
    return labels
  })
}

// A reader without a session: the front server caches pages for such readers (scripts/serve.ts),
// so this is what proves the change reached the cached site, not only the author's own view.
async function openAsReader(browser: Browser, isJavaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: isJavaScriptEnabled })
  const reader = await context.newPage()
  // Twice: the first visit sets the returning-reader cookie, so both cached variants are filled.
  await reader.goto('/')
  await reader.goto('/')
  return reader
}

function itemCard(page: Page, title: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })
    .last()
}

test('the author builds a three-level menu, renames an item, and readers see it at once', async ({ page, browser, isJavaScriptEnabled }) => {
  const pageTitle = uniqueText('Flare plan')
  const categoryName = uniqueText('Pacing notes')
  const linkLabel = uniqueText('Support line')
  const renamed = uniqueText('Slow days')
  const created: Created = { pageIds: [createPage(pageTitle)], categoryIds: [createCategory(categoryName)], labels: [linkLabel, renamed] }
  try {
    const reader = await openAsReader(browser, isJavaScriptEnabled)
    await signIn(page)
    await page.goto('/admin/menus')
    await expect(page.getByRole('heading', { level: 1, name: 'Menus' })).toBeVisible()
    if (isJavaScriptEnabled) await expectNoAxeViolations(page)

    await page.getByRole('group', { name: 'Pages' }).getByLabel(pageTitle).check()
    await page.getByRole('button', { name: 'Add to menu (pages)' }).click()
    await expect(page.getByRole('heading', { level: 3, name: pageTitle })).toBeVisible()
    await page.getByRole('group', { name: 'Categories' }).getByLabel(categoryName).check()
    await page.getByRole('button', { name: 'Add to menu (categories)' }).click()
    await expect(page.getByRole('heading', { level: 3, name: categoryName })).toBeVisible()
    await page.getByLabel('URL', { exact: true }).fill('https://example.com/support')
    await page.getByLabel('Link text', { exact: true }).fill(linkLabel)
    await page.getByRole('button', { name: 'Add custom link' }).click()
    await expect(page.getByRole('heading', { level: 3, name: linkLabel })).toBeVisible()

    // Page > category > link, with the keyboard-friendly buttons.
    await page.getByRole('button', { name: `Move ${categoryName} in` }).click()
    await expect(page.getByRole('button', { name: `Move ${categoryName} out` })).toBeVisible()
    await page.getByRole('button', { name: `Move ${linkLabel} in` }).click()
    await expect(page.getByRole('button', { name: `Move ${linkLabel} out` })).toBeVisible()
    if (isJavaScriptEnabled) {
      await expect(page.getByRole('button', { name: `Move ${linkLabel} in` })).toBeFocused()
      // The move is said to screen readers too.
      await expect(page.getByRole('status').filter({ hasText: `Moving ${linkLabel} in: under the item above.` })).toHaveCount(1)
    }
    await page.getByRole('button', { name: `Move ${linkLabel} in` }).click()
    await expect(page.getByRole('button', { name: `Move ${linkLabel} in` })).toHaveCount(0)
    await expect(itemCard(page, pageTitle).getByRole('heading', { level: 3 })).toHaveText([pageTitle, categoryName, linkLabel])

    await page.getByLabel(`Navigation label for ${categoryName}`, { exact: true }).fill(renamed)
    await page.getByRole('button', { name: `Save label for ${categoryName}` }).click()
    await expect(page.getByRole('heading', { level: 3, name: renamed })).toBeVisible()

    // The reader's header menu: submenus open on keyboard focus, no script needed.
    await reader.goto('/')
    const menu = reader.getByRole('navigation', { name: 'Primary' })
    await menu.getByRole('link', { name: pageTitle, exact: true }).focus()
    await menu.getByRole('link', { name: renamed, exact: true }).focus()
    const deepest = menu.getByRole('link', { name: linkLabel, exact: true })
    await expect(deepest).toBeVisible()
    await expect(deepest).toHaveAttribute('href', 'https://example.com/support')
    expect(await nestingOf(deepest)).toEqual([pageTitle, renamed, linkLabel])

    // Removing the top item moves its children up into its place.
    await page.goto('/admin/menus')
    await page.getByRole('button', { name: `Remove ${pageTitle}` }).click()
    await expect(page.getByRole('heading', { level: 3, name: pageTitle })).toHaveCount(0)
    await expect(page.getByRole('button', { name: `Move ${renamed} out` })).toHaveCount(0)
    await expect(page.getByRole('button', { name: `Move ${linkLabel} out` })).toBeVisible()
    await page.getByRole('button', { name: `Remove ${renamed}` }).click()
    await expect(page.getByRole('heading', { level: 3, name: renamed })).toHaveCount(0)
    await page.getByRole('button', { name: `Remove ${linkLabel}` }).click()
    await expect(page.getByRole('heading', { level: 3, name: linkLabel })).toHaveCount(0)
    await reader.goto('/')
    await expect(reader.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: pageTitle })).toHaveCount(0)
    await expect(reader.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Warriors', exact: true })).toBeVisible()
  } finally {
    cleanUp(created)
  }
})

test('a custom link must be a web address or a site path, keeps what was typed, and shows markup as text', async ({ page }) => {
  const linkLabel = uniqueText('Sneaky')
  const hostileLabel = uniqueText('<img src=x onerror=alert(1)>')
  const created: Created = { pageIds: [], categoryIds: [], labels: [linkLabel, hostileLabel] }
  try {
    await signIn(page)
    await page.goto('/admin/menus')
    await page.getByLabel('URL', { exact: true }).fill('javascript:alert(1)')
    await page.getByLabel('Link text', { exact: true }).fill(linkLabel)
    await page.getByRole('button', { name: 'Add custom link' }).click()
    const url = page.getByLabel('URL', { exact: true })
    await expect(url).toHaveAttribute('aria-invalid', 'true')
    await expect(url).toHaveAccessibleDescription(/starting with https:\/\/ or http:\/\/, or a path on this site/)
    await expect(url).toHaveValue('javascript:alert(1)')
    await expect(page.getByLabel('Link text', { exact: true })).toHaveValue(linkLabel)

    await url.fill('//evil.example')
    await page.getByLabel('Link text', { exact: true }).fill('')
    await page.getByRole('button', { name: 'Add custom link' }).click()
    await expect(page.getByLabel('Link text', { exact: true })).toHaveAccessibleDescription('Please enter the link text readers will see.')
    await expect(page.getByLabel('URL', { exact: true })).toHaveValue('//evil.example')
    expect(countMenuItems("url like 'javascript:%' or url like '//%' or label = ?", linkLabel)).toBe(0)

    // Markup in a label is only text, on both screens; a custom link's address can be edited, by
    // the same rule.
    let sawDialog = false
    page.on('dialog', (dialog) => {
      sawDialog = true
      void dialog.dismiss()
    })
    await page.getByLabel('URL', { exact: true }).fill('/newsletter')
    await page.getByLabel('Link text', { exact: true }).fill(hostileLabel)
    await page.getByRole('button', { name: 'Add custom link' }).click()
    await expect(page.getByRole('heading', { level: 3, name: hostileLabel })).toBeVisible()
    const addressField = page.getByLabel(`URL for ${hostileLabel}`, { exact: true })
    await addressField.fill('javascript:alert(2)')
    await page.getByRole('button', { name: `Save link for ${hostileLabel}` }).click()
    await expect(page.getByLabel(`URL for ${hostileLabel}`, { exact: true })).toHaveAccessibleDescription(/starting with https:\/\/ or http:\/\//)
    await expect(page.getByLabel(`URL for ${hostileLabel}`, { exact: true })).toHaveValue('javascript:alert(2)')
    await page.getByLabel(`URL for ${hostileLabel}`, { exact: true }).fill('/newsletter?from=menu')
    await page.getByRole('button', { name: `Save link for ${hostileLabel}` }).click()
    await expect(page.getByLabel(`URL for ${hostileLabel}`, { exact: true })).not.toHaveAttribute('aria-invalid', 'true')
    expect(countMenuItems("url = '/newsletter?from=menu' and label = ?", hostileLabel)).toBe(1)
    await page.goto('/')
    const link = page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: hostileLabel, exact: true })
    await expect(link).toHaveAttribute('href', '/newsletter?from=menu')
    await expect(link).toHaveText(hostileLabel)
    expect(sawDialog).toBe(false)
  } finally {
    cleanUp(created)
  }
})

test('with JavaScript, items can be dragged before or under another', async ({ page, browser, isJavaScriptEnabled }) => {
  test.skip(!isJavaScriptEnabled, 'dragging needs JavaScript; the buttons do the same without it')
  const first = uniqueText('Drag first')
  const second = uniqueText('Drag second')
  const created: Created = { pageIds: [], categoryIds: [], labels: [first, second] }
  try {
    await signIn(page)
    await page.goto('/admin/menus')
    for (const label of [first, second]) {
      await page.getByLabel('URL', { exact: true }).fill(`/${label.replace(/\s+/g, '-')}`)
      await page.getByLabel('Link text', { exact: true }).fill(label)
      await page.getByRole('button', { name: 'Add custom link' }).click()
      await expect(page.getByRole('heading', { level: 3, name: label })).toBeVisible()
    }
    // Onto the top edge of the first: the second goes before it.
    await page.getByTitle(`Drag ${second}`).dragTo(itemCard(page, first), { targetPosition: { x: 40, y: 4 } })
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Menu order saved.' })).toBeVisible()
    await page.reload()
    const headings = page.getByRole('heading', { level: 3 })
    const titles = await headings.allTextContents()
    expect(titles.indexOf(second)).toBe(titles.indexOf(first) - 1)

    // Onto the middle of the second: the first goes underneath it.
    const target = itemCard(page, second)
    const box = await target.boundingBox()
    await page.getByTitle(`Drag ${first}`).dragTo(target, { targetPosition: { x: 40, y: (box?.height ?? 100) / 2 } })
    await expect(page.getByRole('button', { name: `Move ${first} out` })).toBeVisible()
    const reader = await openAsReader(browser, true)
    const menu = reader.getByRole('navigation', { name: 'Primary' })
    await menu.getByRole('link', { name: second, exact: true }).focus()
    const child = menu.getByRole('link', { name: first, exact: true })
    await expect(child).toBeVisible()
    expect(await nestingOf(child)).toEqual([second, first])
  } finally {
    cleanUp(created)
  }
})
