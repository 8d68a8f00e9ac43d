import { e2eSmtpPort } from '../playwright.config'
import { expect, openTestDatabase, relaxedCommentRules, setSettings, test, uniqueText } from './fixtures'
import { Mailbox } from './mailbox'
import { CommentForm } from './pages/comment-form'

const mailbox = new Mailbox()
test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => mailbox.start(e2eSmtpPort))
test.afterAll(async () => mailbox.stop())
test.beforeEach(() => setSettings({ ...relaxedCommentRules, commentModerationFirst: false }))

test('a commenter who asked is emailed about an approved reply, and can stop it in one click', async ({ page, browser }, testInfo) => {
  const slug = testInfo.project.name === 'js' ? 'sunday-small-good-things' : 'flare-in-a-snowstorm'
  const askerEmail = `asker-${testInfo.project.name}-${Date.now()}@example.com`
  const question = uniqueText('Does anyone else rest before visitors come?')
  await page.goto(`/${slug}`)
  const form = new CommentForm(page)
  await form.post({ comment: question, name: 'Asker', email: askerEmail, notify: true })
  await expect(page).toHaveURL(/#comment-\d+$/)

  const replier = await browser.newPage()
  await replier.goto(`/${slug}`)
  await replier.getByRole('article').filter({ hasText: question }).getByRole('link', { name: 'Reply to Asker' }).click()
  const answer = uniqueText('Yes, every time; I lie down for an hour first.')
  await new CommentForm(replier).post({ comment: answer, name: 'Helpful <b>Replier</b>', email: 'replier@example.com' })
  await expect(replier).toHaveURL(/#comment-\d+$/)
  const replyId = replier.url().match(/#comment-(\d+)$/)?.[1]

  const [mail] = await mailbox.waitFor(askerEmail)
  expect(mail?.subject).toContain('New reply to your comment')
  expect(mail?.text).toContain(answer)
  expect(mail?.text).toContain(`/${slug}#comment-${replyId}`)
  // The name someone typed is escaped in the HTML part, never markup.
  expect(mail?.html).toContain('Helpful &lt;b&gt;Replier&lt;/b&gt;')
  expect(mail?.html).not.toContain('<b>Replier</b>')
  const stopLink = String(mail?.text).match(/https?:\/\/\S+\/comments\/stop-notifications\?token=\S+/)?.[0]
  expect(stopLink).toBeTruthy()
  expect(mail?.headerLines.find((header) => header.key === 'list-unsubscribe')?.line).toContain('/comments/stop-notifications?token=')

  // The link only asks; the button stops.
  await page.goto(stopLink ?? '')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop reply notifications')
  await page.getByRole('button', { name: 'Stop reply notifications' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('no more reply notifications')
  const sqlite = openTestDatabase()
  const row = sqlite.prepare('select notify_replies from comments where author_email = ?').get(askerEmail) as { notify_replies: number }
  sqlite.close()
  expect(row.notify_replies).toBe(0)

  // A tampered token is refused kindly.
  await page.goto(`${stopLink?.slice(0, -4)}AAAA`)
  await page.getByRole('button', { name: 'Stop reply notifications' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('not valid')
  await replier.close()
})
