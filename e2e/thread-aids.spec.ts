import type { Locator, Page } from '@playwright/test'
import { CommentForm } from './pages/comment-form'
import { expect, expectNoAxeViolations, openTestDatabase, relaxedCommentRules, setSettings, test, uniqueText } from './fixtures'

// Thread aids for tired eyes (docs/decisions/0020-gentle-comment-tools.md): a reply thread folds away
// behind a native <details> (with or without JavaScript) that says how many replies it hides, each
// reply links to the comment it answers, the post author's replies are marked in text and in the
// article's name, and with JavaScript the comments new since this browser's last visit are marked.

type Thread = { slug: string; authorName: string; ids: { ada: number; bea: number; maren: number; dee: number } }

// A fresh post with a small thread, written straight into the database before its first render:
// Ada ← Bea (long) ← the post's author, and Dee on her own.
function createThread(label: string): Thread {
  const slug = `thread-aids-${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const sqlite = openTestDatabase()
  try {
    const author = sqlite.prepare("select id, name from authors where email = 'maren@example.com'").get() as { id: number; name: string }
    const now = Date.now()
    const post = sqlite
      .prepare(
        "insert into posts (type, status, title, slug, author_id, body, published_at, modified_at, comment_status) values ('post', 'published', ?, ?, ?, '<p>A post with a conversation.</p>', ?, ?, 'open') returning id",
      )
      .get(`Thread aids ${label}`, slug, author.id, now - 3_600_000, now) as { id: number }
    const insert = sqlite.prepare(
      "insert into comments (post_id, parent_id, author_id, author_name, author_email, body, status, created_at) values (?, ?, ?, ?, ?, ?, 'approved', ?) returning id",
    )
    const add = (parentId: number | null, authorId: number | null, name: string, body: string, minutesAgo: number) =>
      (insert.get(post.id, parentId, authorId, name, `${name.toLowerCase().replace(/\W/g, '')}@example.com`, body, now - minutesAgo * 60_000) as { id: number })
        .id
    const ada = add(null, null, 'Ada', 'Does anyone else plan rest days before a busy week?', 50)
    const longStory = Array.from({ length: 30 }, (_, index) => `Day ${index + 1}: I rested before lunch and it helped a little more each time.`).join('\n\n')
    const bea = add(ada, null, 'Bea', longStory, 40)
    const maren = add(bea, author.id, author.name, 'Thank you both; planning rest is half the battle.', 30)
    const dee = add(null, null, 'Dee', 'Saving this post for my next flare.', 20)
    sqlite.prepare('update posts set comment_count = 4 where id = ?').run(post.id)
    return { slug, authorName: author.name, ids: { ada, bea, maren, dee } }
  } finally {
    sqlite.close()
  }
}

// Jumps to a parent are checked with reduced motion: with the default smooth scrolling, headless
// Chromium on a loaded machine sometimes never finished the animation to the target (CI, stop 19:
// the URL had the right #fragment and the parent stayed out of view for 5 s). The jump itself, not
// the animation, is what these tests are about; reduced motion is also a setting our readers use.
test.use({ reducedMotion: 'reduce' })

const article = (page: Page, id: number) => page.locator(`#comment-${id}`).getByRole('article').first()

// Presses Tab until `target` has focus: the way a keyboard-only reader gets there.
async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error('never reached by Tab')
}

test('a thread folds and unfolds, says how many replies it hides, links replies to their parent and marks the author', async ({
  page,
  isJavaScriptEnabled,
}, testInfo) => {
  const { slug, ids, authorName } = createThread(testInfo.project.name)
  await page.goto(`/${slug}`)
  const bea = article(page, ids.bea)
  const maren = article(page, ids.maren)

  // The post author's reply: marked in text, and in the article's name for screen readers.
  await expect(maren.getByText('Post author', { exact: true })).toBeVisible()
  await expect(page.getByRole('article', { name: `${authorName} Post author`, exact: true })).toHaveCount(1)
  await expect(bea.getByText('Post author', { exact: true })).toHaveCount(0)

  // The collapse control under Ada counts every reply below her, at any depth.
  const adaReplies = page.locator(`#comment-${ids.ada} > details > summary`)
  // innerText is the text as drawn, and a conversation far below the fold is drawn only as it nears
  // the screen (content-visibility, decision 0027).
  await adaReplies.scrollIntoViewIfNeeded()
  await expect(adaReplies).toHaveText('Hide 2 replies to Ada', { useInnerText: true })
  await expect(page.locator(`#comment-${ids.bea} > details > summary`)).toHaveText('Hide 1 reply to Bea', { useInnerText: true })
  await expect(page.locator(`#comment-${ids.dee} > details`)).toHaveCount(0)
  // axe runs inside the page, so only with JavaScript.
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)

  await adaReplies.click()
  await expect(bea).toBeHidden()
  await expect(maren).toBeHidden()
  await expect(adaReplies).toHaveText('Show 2 replies to Ada', { useInnerText: true })
  await expect(adaReplies).toBeVisible()
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await adaReplies.click()
  await expect(bea).toBeVisible()
  await expect(maren).toBeVisible()

  // "In reply to": each reply names the comment it answers and jumps to it.
  await expect(article(page, ids.ada).getByRole('link', { name: /^In reply to/ })).toHaveCount(0)
  await maren.scrollIntoViewIfNeeded()
  await expect(page.locator(`#comment-${ids.bea}-author`)).not.toBeInViewport()
  await maren.getByRole('link', { name: 'In reply to Bea' }).click()
  await expect(page).toHaveURL(new RegExp(`#comment-${ids.bea}$`))
  await expect(page.locator(`#comment-${ids.bea}-author`)).toBeInViewport()
})

test('keyboard only: fold a thread with Enter and follow a parent link', async ({ page }, testInfo) => {
  const { slug, ids } = createThread(`keys-${testInfo.project.name}`)
  // Starting at Ada's comment, as a reader arriving from a link to it.
  await page.goto(`/${slug}#comment-${ids.ada}`)
  const adaReplies = page.locator(`#comment-${ids.ada} > details > summary`)
  await tabTo(page, adaReplies)
  await page.keyboard.press('Enter')
  await expect(article(page, ids.bea)).toBeHidden()
  await page.keyboard.press('Enter')
  await expect(article(page, ids.bea)).toBeVisible()

  const parentLink = article(page, ids.maren).getByRole('link', { name: 'In reply to Bea' })
  await tabTo(page, parentLink)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#comment-${ids.bea}$`))
  await expect(page.locator(`#comment-${ids.bea}-author`)).toBeInViewport()
})

test('comments new since this browser last looked are marked, from a cookie only the browser reads', async ({
  page,
  browser,
  isJavaScriptEnabled,
}, testInfo) => {
  test.skip(!isJavaScriptEnabled, 'Marked by a script; without JavaScript nothing is marked')
  setSettings({ ...relaxedCommentRules, commentModerationFirst: false })
  const { slug, ids } = createThread(testInfo.project.name)
  await page.goto(`/${slug}`)
  // A first visit marks nothing: everything would be "new".
  await expect(page.getByText('New since your last visit', { exact: true })).toHaveCount(0)

  const other = await browser.newContext()
  const otherPage = await other.newPage()
  await otherPage.goto(`/${slug}`)
  const news = uniqueText('Rest days work for me too.')
  await new CommentForm(otherPage).post({ comment: news, name: 'Eve', email: `eve-${Date.now()}@example.com` })
  await expect(otherPage).toHaveURL(/#comment-\d+$/)
  await other.close()

  await page.reload()
  const fresh = page.getByRole('article').filter({ hasText: news })
  await expect(fresh.getByText('New since your last visit', { exact: true })).toBeVisible()
  await expect(page.getByText('New since your last visit', { exact: true })).toHaveCount(1)
  await expect(article(page, ids.dee).getByText('New since your last visit', { exact: true })).toHaveCount(0)
  await expect(page.getByText('1 new comment')).toBeVisible()
  await expectNoAxeViolations(page)

  // The last visit is kept in a cookie, and the page with it still comes from the shared cache.
  expect((await page.context().cookies()).map((cookie) => cookie.name).sort()).toEqual(['sp_returning', 'sp_seen'])
  await page.request.get(`/${slug}`)
  const cached = await page.request.get(`/${slug}`)
  expect(cached.headers()['x-spoonpress-cache']).toBe('HIT')
  expect(await cached.text()).not.toContain('New since your last visit')

  // Seen now: the next visit marks nothing.
  await page.reload()
  await expect(fresh).toBeVisible()
  await expect(page.getByText('New since your last visit', { exact: true })).toHaveCount(0)
})
