import type { Browser } from '@playwright/test'
import { e2eSmtpPort } from '../playwright.config'
import { Mailbox } from './mailbox'
import { CommentForm } from './pages/comment-form'
import { ModerationQueuePage } from './pages/moderation-queue'
import {
  countComments,
  expect,
  expectNoAxeViolations,
  insertPublishedPost,
  openTestDatabase,
  relaxedCommentRules,
  setSettings,
  signIn,
  test,
  uniqueText,
} from './fixtures'

// The author's moderation queues against the public site: every change must show there at once.

const mailbox = new Mailbox()
test.beforeAll(async () => mailbox.start(e2eSmtpPort))
test.afterAll(async () => mailbox.stop())
test.beforeEach(() => setSettings(relaxedCommentRules))

// A fresh published post for each test, so cached pages and counts of other specs stay untouched.
function createPost(label: string): { id: number; slug: string } {
  return insertPublishedPost(`Moderation ${label}`, `moderation-${label}`)
}

function insertComment(postId: number, fields: { name: string; email: string; body: string; status: string; parentId?: number }): number {
  const sqlite = openTestDatabase()
  try {
    const row = sqlite
      .prepare(
        'insert into comments (post_id, parent_id, author_name, author_email, author_ip, body, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id',
      )
      .get(postId, fields.parentId ?? null, fields.name, fields.email, '192.0.2.44', fields.body, fields.status, Date.now()) as { id: number }
    if (fields.status === 'approved') sqlite.prepare('update posts set comment_count = comment_count + 1 where id = ?').run(postId)
    return row.id
  } finally {
    sqlite.close()
  }
}

// A reader with no session and no cookies: sees exactly what the cached public page shows.
async function readerPage(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled })
  return { page: await context.newPage(), close: () => context.close() }
}

test('approving a first comment shows it, and trusts that email from then on', async ({ page, browser, isJavaScriptEnabled }) => {
  const post = createPost('trust')
  const email = `first-${Date.now()}@example.com`
  // "Please moderate" emails are capped per hour (lib/comments/moderation.ts): start a fresh hour.
  const sqliteLimits = openTestDatabase()
  sqliteLimits.prepare("delete from rate_limit_hits where bucket = 'moderation-email'").run()
  sqliteLimits.close()
  const first = uniqueText('My very first comment here')
  const reader = await readerPage(browser, isJavaScriptEnabled)
  await reader.page.goto(`/${post.slug}`)
  await new CommentForm(reader.page).post({ comment: first, name: 'Nell First', email })
  await expect(reader.page.getByText('Your comment is awaiting moderation.')).toBeVisible()

  // The post's author is told by email ("Please moderate"), with a link straight to the comment.
  const commentId = (() => {
    const sqlite = openTestDatabase()
    try {
      return (sqlite.prepare('select id from comments where body = ?').get(first) as { id: number }).id
    } finally {
      sqlite.close()
    }
  })()
  await expect
    .poll(() => mailbox.to('maren@example.com').find((mail) => mail.text?.includes(first))?.subject, { timeout: 10_000 })
    .toBe('[Spoon Notes] Please moderate: “Moderation trust”')
  const notice = mailbox.to('maren@example.com').find((mail) => mail.text?.includes(first))
  expect(notice?.text).toContain(`/admin/comments/${commentId}`)
  expect(notice?.text).toContain(`Email: ${email}`)

  await signIn(page)
  const badge = page.getByRole('navigation', { name: 'Editor' }).getByTestId('pending-comments')
  await expect(badge).toHaveText(`${countComments("status = 'pending'")} waiting`)
  const queue = new ModerationQueuePage(page)
  await queue.goto('pending')
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await expect(queue.row(first)).toContainText(email)
  await expect(queue.row(first)).toContainText('IP ')
  await queue.button(first, 'Approve the comment by Nell First').click()
  await expect(queue.notice()).toHaveText('1 comment approved.')
  await expect(queue.row(first)).toHaveCount(0)
  // The count in the editor's menu follows.
  const pendingNow = countComments("status = 'pending'")
  if (pendingNow > 0) await expect(badge).toHaveText(`${pendingNow} waiting`)
  else await expect(badge).toHaveCount(0)

  const visitor = await readerPage(browser, isJavaScriptEnabled)
  await visitor.page.goto(`/${post.slug}`)
  await expect(visitor.page.getByRole('article', { name: 'Nell First' })).toContainText(first)
  await expect(visitor.page.getByRole('heading', { name: /1 (Comment|Response)/ })).toBeVisible()
  await visitor.close()

  // The same email is trusted now: the next comment goes straight up, unmarked.
  const second = uniqueText('And a second one')
  await reader.page.goto(`/${post.slug}`)
  await new CommentForm(reader.page).post({ comment: second, name: 'Nell First', email })
  await expect(reader.page.getByRole('article').filter({ hasText: second })).toBeVisible()
  await expect(reader.page.getByText('Your comment is awaiting moderation.')).toHaveCount(0)
  expect(countComments("author_email = ? and status = 'approved'", email)).toBe(2)
  await reader.close()
})

test('spam, trash, restore and delete for good, with the public page following each step', async ({ page, browser, isJavaScriptEnabled }) => {
  const post = createPost('states')
  const text = uniqueText('A comment that wanders between queues')
  const id = insertComment(post.id, { name: 'Wanda', email: 'wanda@example.com', body: text, status: 'approved' })
  const reader = await readerPage(browser, isJavaScriptEnabled)
  const isPublic = async (expected: boolean) => {
    await reader.page.goto(`/${post.slug}`)
    await expect(reader.page.getByText(text)).toHaveCount(expected ? 1 : 0)
  }
  await isPublic(true)

  await signIn(page)
  const queue = new ModerationQueuePage(page)
  await queue.goto('approved', text)
  await queue.button(text, /^Spam/).click()
  await expect(queue.notice()).toHaveText('1 comment marked as spam.')
  await isPublic(false)

  await queue.goto('spam', text)
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  await queue.button(text, /^Not spam/).click()
  await expect(queue.notice()).toHaveText('1 comment restored from Spam.')
  await isPublic(true)

  await queue.goto('approved', text)
  await queue.button(text, /^Trash/).click()
  await expect(queue.notice()).toHaveText('1 comment moved to the Trash.')
  await isPublic(false)

  await queue.goto('trash', text)
  await queue.button(text, /^Restore/).click()
  await expect(queue.notice()).toHaveText('1 comment restored from the Trash.')
  await isPublic(true)
  expect(countComments("id = ? and status = 'approved'", id)).toBe(1)

  await queue.goto('approved', text)
  await queue.button(text, /^Trash/).click()
  await expect(queue.notice()).toHaveText('1 comment moved to the Trash.')
  await queue.goto('trash', text)
  await queue.button(text, /^Delete permanently/).click()
  await expect(queue.notice()).toHaveText('1 comment deleted permanently.')
  expect(countComments('id = ?', id)).toBe(0)
  await isPublic(false)
  await reader.close()
})

test('bulk-approve three comments at once', async ({ page, browser, isJavaScriptEnabled }) => {
  const post = createPost('bulk')
  const marker = uniqueText('bulk')
  const texts = [1, 2, 3].map((n) => `${marker} number ${n}`)
  texts.forEach((body, index) => insertComment(post.id, { name: `Bulk ${index + 1}`, email: `bulk${index + 1}@example.com`, body, status: 'pending' }))
  const untouched = insertComment(post.id, { name: 'Left alone', email: 'alone@example.com', body: `${marker} not selected`, status: 'pending' })

  await signIn(page)
  const queue = new ModerationQueuePage(page)
  await queue.goto('pending', marker)
  // Apply with nothing selected: told so next to the action, nothing changes.
  await page.getByLabel('With the selected comments').selectOption('approve')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText('Please select at least one comment.')).toBeVisible()
  expect(countComments("post_id = ? and status = 'pending'", post.id)).toBe(4)

  for (const n of [1, 2, 3]) await page.getByRole('checkbox', { name: `Select the comment by Bulk ${n}` }).check()
  await page.getByLabel('With the selected comments').selectOption('approve')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(queue.notice()).toHaveText('3 comments approved.')
  expect(countComments("post_id = ? and status = 'approved'", post.id)).toBe(3)
  expect(countComments("id = ? and status = 'pending'", untouched)).toBe(1)

  // With JavaScript, one box selects the whole page (the no-JavaScript page has no such box).
  const selectAll = page.getByRole('checkbox', { name: 'Select every comment on this page' })
  if (isJavaScriptEnabled) {
    await queue.goto('pending', marker)
    await selectAll.check()
    await expect(page.getByRole('checkbox', { name: 'Select the comment by Left alone' })).toBeChecked()
    await selectAll.uncheck()
    await expect(page.getByRole('checkbox', { name: 'Select the comment by Left alone' })).not.toBeChecked()
  } else {
    await expect(selectAll).toHaveCount(0)
  }

  const reader = await readerPage(browser, isJavaScriptEnabled)
  await reader.page.goto(`/${post.slug}`)
  for (const text of texts) await expect(reader.page.getByText(text)).toBeVisible()
  await expect(reader.page.getByText(`${marker} not selected`)).toHaveCount(0)
  await reader.close()
})

test('the author replies from the queue: the reply is nested, marked, and approves the comment', async ({ page, browser, isJavaScriptEnabled }) => {
  const post = createPost('reply')
  const question = uniqueText('Does pacing help on bad days')
  insertComment(post.id, { name: 'Quinn Asks', email: 'quinn@example.com', body: question, status: 'pending' })

  await signIn(page)
  const queue = new ModerationQueuePage(page)
  await queue.goto('pending', question)
  const openReply = queue.row(question).getByText('Reply to Quinn Asks', { exact: true })
  await openReply.click()
  const field = queue.row(question).getByLabel('Your reply to Quinn Asks')
  // An empty reply: the message sits by the field and nothing is stored.
  await queue.row(question).getByRole('button', { name: 'Publish reply' }).click()
  // (Without JavaScript the page comes back with the reply form unfolded to show it.)
  await expect(queue.row(question).getByText('Please write a comment.')).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(countComments('post_id = ? and author_id is not null', post.id)).toBe(0)

  const answer = uniqueText('It does, most days')
  await field.fill(answer)
  await queue.row(question).getByRole('button', { name: 'Publish reply' }).click()
  await expect(queue.notice()).toHaveText('Your reply is published.')
  expect(countComments("post_id = ? and status = 'approved'", post.id)).toBe(2)

  const reader = await readerPage(browser, isJavaScriptEnabled)
  await reader.page.goto(`/${post.slug}`)
  const questionItem = reader.page
    .locator('li[id^="comment-"]')
    .filter({ has: reader.page.getByText(question, { exact: true }) })
    .first()
  const replyArticle = questionItem.locator('ol li').getByRole('article').filter({ hasText: answer })
  await expect(replyArticle).toBeVisible()
  await expect(replyArticle.getByText('Post author', { exact: true })).toBeVisible()
  await reader.close()
})

test('editing a comment keeps typed input on an error and shows the fix on the site', async ({ page, browser, isJavaScriptEnabled }) => {
  const post = createPost('edit')
  const text = uniqueText('A comment with a tpyo')
  const id = insertComment(post.id, { name: 'Ed Itor', email: 'ed@example.com', body: text, status: 'approved' })
  await signIn(page)
  await page.goto(`/admin/comments/${id}`)
  if (isJavaScriptEnabled) await expectNoAxeViolations(page)
  const fixed = uniqueText('A comment without the typo')
  await page.getByLabel('Comment', { exact: true }).fill(fixed)
  await page.getByLabel('Website').fill('javascript:alert(1)')
  await page.getByRole('button', { name: 'Save comment' }).click()
  await expect(page.locator('#edit-url-error')).toContainText('http:// or https://')
  await expect(page.getByLabel('Comment', { exact: true })).toHaveValue(fixed)
  expect(countComments('id = ? and body = ?', id, text)).toBe(1)

  await page.getByLabel('Website').fill('')
  await page.getByRole('button', { name: 'Save comment' }).click()
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Comment saved.' })).toBeVisible()
  const reader = await readerPage(browser, isJavaScriptEnabled)
  await reader.page.goto(`/${post.slug}`)
  await expect(reader.page.getByText(fixed)).toBeVisible()
  await expect(reader.page.getByText(text)).toHaveCount(0)
  await reader.close()
})
