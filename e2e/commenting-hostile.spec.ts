import { seedPosts } from '../db/seed-content'
import { countComments, expect, openTestDatabase, relaxedCommentRules, setSettings, test, uniqueText } from './fixtures'
import { CommentForm } from './pages/comment-form'
import { loadFormFields, postRawComment } from './pages/raw-comment'

const trusted = seedPosts.flatMap((post) => post.comments ?? []).find((comment) => !comment.isPostAuthor)
if (!trusted) throw new Error('the demo content needs an approved reader comment')
const postFor = (project: string) => (project === 'js' ? 'preparing-for-appointments' : 'book-review-how-to-be-sick')

test.beforeEach(() => setSettings({ ...relaxedCommentRules, commentModerationFirst: false }))

test('script and event-handler payloads in every field are stored as text and render inert', async ({ page }, testInfo) => {
  const slug = postFor(testInfo.project.name)
  const marker = uniqueText('payload')
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(`/${slug}`)
  await new CommentForm(page).post({
    comment: `<script>alert('comment')</script><img src=x onerror=alert('img')> ${marker} javascript:alert(1)`,
    name: `<img src=x onerror=alert('name')>Eve"'`,
    email: `eve-${Date.now()}@example.com`,
    website: `https://example.com/"><script>alert('url')</script>`,
  })
  await expect(page).toHaveURL(/#comment-\d+$/)
  const comment = page.getByRole('article').filter({ hasText: marker })
  await expect(comment).toContainText(`<script>alert('comment')</script>`)
  await expect(comment).toContainText(`<img src=x onerror=alert('name')>Eve"'`)
  // "javascript:" in a comment is never made into a link.
  await expect(comment.getByRole('link', { name: /javascript/ })).toHaveCount(0)
  const html = await comment.innerHTML()
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<img[^>]*onerror/i)
  const nameLink = comment.getByRole('link', { name: /Eve/ }).filter({ hasNotText: 'Reply' })
  await expect(nameLink).toHaveAttribute('rel', 'ugc nofollow noopener')
  expect(new URL((await nameLink.getAttribute('href')) ?? '').protocol).toBe('https:')
  await page.reload()
  expect(dialogs).toEqual([])
})

test('the commenter’s email never appears in any page', async ({ page, request }, testInfo) => {
  const slug = postFor(testInfo.project.name)
  const email = `private-${Date.now()}@example.com`
  const text = uniqueText('My address stays private')
  await page.goto(`/${slug}`)
  await new CommentForm(page).post({ comment: text, name: 'Private Person', email, saveDetails: false })
  await expect(page).toHaveURL(/#comment-\d+$/)
  expect(await page.content()).not.toContain(email)
  for (const path of [`/${slug}`, '/', `/${slug}?replytocom=1`, '/category/conditions']) {
    const body = await (await request.get(path)).text()
    expect(body, path).not.toContain(email)
  }
})

test('forged submissions are refused and store nothing', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const slug = postFor(testInfo.project.name)
  const action = await loadFormFields(request, `/${slug}`)
  const sqlite = openTestDatabase()
  const otherPostComment = sqlite
    .prepare(`select c.id from comments c join posts p on p.id = c.post_id where p.slug = 'memantine-for-fibromyalgia' and c.status = 'approved' limit 1`)
    .get() as { id: number }
  const draftPost = sqlite
    .prepare(`insert into posts (type, status, title, slug, author_id, body) values ('post', 'draft', 'Draft', ?, 1, '') returning id`)
    .get(`draft-${Date.now()}`) as { id: number }
  sqlite.close()

  const cases: [string, Record<string, string>][] = [
    ['a parent from another post', { parentId: String(otherPostComment.id) }],
    ['a post that does not exist', { postId: '999999' }],
    ['a draft post', { postId: String(draftPost.id) }],
    ['a website with javascript:', { url: 'javascript:alert(1)' }],
    ['a header injection in the name', { author: 'Eve\r\nBcc: victim@example.com' }],
  ]
  for (const [name, override] of cases) {
    const text = uniqueText(`forged: ${name}`)
    const fields = { comment: text, author: trusted.authorName, email: trusted.authorEmail, url: '', ...override }
    const response = await postRawComment(request, `/${slug}`, action, fields)
    expect(response.status(), name).toBeLessThan(500)
    if (name.startsWith('a header')) {
      // The name is cleaned (control characters removed), never passed on with its line break.
      const sqliteCheck = openTestDatabase()
      const stored = sqliteCheck.prepare('select author_name from comments where body = ?').get(text) as { author_name: string } | undefined
      sqliteCheck.close()
      expect(stored?.author_name ?? '', name).not.toMatch(/[\r\n]/)
      continue
    }
    expect(countComments('body = ?', text), name).toBe(0)
  }

  // A form posted without the action's hidden fields is just a POST to a page: nothing runs.
  const text = uniqueText('no action at all')
  const response = await request.post(`/${slug}`, {
    multipart: { postId: action.postId ?? '', comment: text, author: 'x', email: 'x@example.com' },
    maxRedirects: 0,
  })
  expect(response.status()).toBeLessThan(500)
  expect(countComments('body = ?', text)).toBe(0)
})

test('a hundred comments posted at once are all stored exactly once', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'HTTP-level test: one project is enough')
  const slug = 'warrior-profile-deb'
  const action = await loadFormFields(request, `/${slug}`)
  const batch = uniqueText('parallel')
  const responses = await Promise.all(
    Array.from({ length: 100 }, (_, index) =>
      postRawComment(request, `/${slug}`, action, {
        comment: `${batch} number ${index}`,
        author: `Parallel ${index}`,
        email: `parallel-${index}@example.com`,
        url: '',
      }),
    ),
  )
  const statuses = responses.map((response) => response.status())
  expect(statuses.filter((status) => status >= 500)).toEqual([])
  expect(statuses.every((status) => status === 303)).toBe(true)
  expect(countComments('body like ?', `${batch} number %`)).toBe(100)
  const sqlite = openTestDatabase()
  const distinct = sqlite.prepare('select count(distinct body) as count from comments where body like ?').get(`${batch} number %`) as { count: number }
  sqlite.close()
  expect(distinct.count).toBe(100)
})
