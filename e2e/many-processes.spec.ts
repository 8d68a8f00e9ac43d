import { rmSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import path from 'node:path'
import { registerSqlFunctions } from '../db/sql-functions'
import { newDataDir, openDatabaseIn, signInAuthorAt, startApp, stopApp, writeSettings, type RunningApp } from './app-process'
import { postComment, readCommentForm } from './comment-post'
import { authorPassword, expect, test, uniqueText } from './fixtures'
import { Mailbox } from './mailbox'
import { ModerationQueuePage } from './pages/moderation-queue'

// Many web processes on one database (docs/decisions/0025-many-processes.md): one `npm start` with two
// workers and a second `npm start` beside it, sharing only DATA_DIR, as two hosts sharing a database
// would. A change made through one is on the pages the others serve, from their own caches, within a
// second; the background jobs run once between them. Process-level, so it runs once, in the js project.
test.describe.configure({ mode: 'serial' })
test.skip(({ isJavaScriptEnabled }) => !isJavaScriptEnabled, 'process-level journey: once is enough')

const postPath = '/start-here'
const apps: RunningApp[] = []
let dataDir = ''
const mailbox = new Mailbox()

test.afterAll(async () => {
  for (const app of apps.splice(0)) await stopApp(app, 'SIGKILL')
  await mailbox.stop()
  if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true })
})

type Served = { cache: string | null; body: string }

// Each read on a connection of its own (no keep-alive): node:cluster hands new connections to the
// workers in turn, so a few reads in a row reach each of them.
function read(app: RunningApp, pathname: string): Promise<Served> {
  return new Promise((resolve, reject) => {
    const request = httpGet(`${app.origin}${pathname}`, { agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const cache = response.headers['x-spoonpress-cache']
        resolve({ cache: typeof cache === 'string' ? cache : null, body: Buffer.concat(chunks).toString('utf8') })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

async function readEach(app: RunningApp, pathname: string, times: number): Promise<Served[]> {
  const served: Served[] = []
  for (let index = 0; index < times; index += 1) served.push(await read(app, pathname))
  return served
}

function inDatabase<T>(work: (sqlite: ReturnType<typeof openDatabaseIn>) => T): T {
  const sqlite = openDatabaseIn(dataDir)
  registerSqlFunctions(sqlite)
  try {
    return work(sqlite)
  } finally {
    sqlite.close()
  }
}

test('two npm starts on one database: an approved comment and a scheduled post reach every process within a second, and each job runs once', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  dataDir = await newDataDir('many')
  // First comments are held; posting from one address at once is fine; the newsletter goes out fast.
  writeSettings(dataDir, { commentFloodSeconds: 0, commentMinFillSeconds: 0, commentModerationFirst: true, newsletterRatePerSecond: 50 })
  const { hashPassword } = await import('../lib/auth/password')
  const passwordHash = await hashPassword(authorPassword)
  inDatabase((sqlite) => sqlite.prepare("update authors set password_hash = ? where email = 'maren@example.com'").run(passwordHash))
  await mailbox.start(2540)
  const first = await startApp(dataDir, 3200, 2540, { WEB_CONCURRENCY: '2' })
  apps.push(first)
  const second = await startApp(dataDir, 3201, 2540, { WEB_CONCURRENCY: '1' })
  apps.push(second)
  const processes = [first, second]
  // The first runs two web processes of its own on its port.
  await expect.poll(() => first.output().match(/is ready on \S+ \(web process \d\)/g)?.length ?? 0, { timeout: 30_000 }).toBe(2)

  // A reader's first comment, held for moderation, posted through the second process.
  const held = uniqueText('Held until the author says yes')
  const hidden = await readCommentForm(second.origin, postPath)
  const commentId = await postComment(second.origin, postPath, hidden, { comment: held, author: 'Nell Held', email: 'nell@example.com' })
  expect(commentId).not.toBeNull()

  // The post is warm everywhere: answered from the front cache of every worker, without the comment.
  await expect.poll(async () => (await readEach(first, postPath, 4)).map((served) => served.cache), { timeout: 20_000 }).toEqual(['HIT', 'HIT', 'HIT', 'HIT'])
  await expect.poll(async () => (await read(second, postPath)).cache, { timeout: 20_000 }).toBe('HIT')
  for (const app of processes) expect((await read(app, postPath)).body).not.toContain(held)

  // The author approves it through the first process, signed in through its real login form.
  const { context, page } = await signInAuthorAt(browser, first.origin, authorPassword)
  const queue = new ModerationQueuePage(page)
  await queue.goto('pending')
  await queue.button(held, 'Approve the comment by Nell Held').click()
  await expect(queue.notice()).toHaveText('1 comment approved.')
  await context.close()

  // Within a second the other process serves it, and both workers of the first do.
  await expect.poll(async () => (await read(second, postPath)).body.includes(held), { timeout: 1_000, intervals: [50] }).toBe(true)
  await expect
    .poll(async () => (await readEach(first, postPath, 4)).every((served) => served.body.includes(held)), { timeout: 1_000, intervals: [50] })
    .toBe(true)
  // From each process's own cache again.
  for (const app of processes) {
    await expect.poll(async () => read(app, postPath), { timeout: 5_000 }).toMatchObject({ cache: 'HIT', body: expect.stringContaining(held) })
  }

  // A scheduled post with a newsletter to three confirmed subscribers: it goes live on every process.
  const title = uniqueText('Scheduled for a moment from now')
  const subscribers = ['ada', 'bea', 'cyd'].map((name) => `${name}-${Date.now()}@example.com`)
  const postId = inDatabase((sqlite) => {
    for (const email of subscribers) sqlite.prepare("insert into subscribers (email, status, confirmed_at) values (?, 'confirmed', ?)").run(email, Date.now())
    const author = sqlite.prepare("select id from authors where email = 'maren@example.com'").get() as { id: number }
    const row = sqlite
      .prepare(
        "insert into posts (type, status, title, slug, author_id, body, published_at, modified_at, comment_status) values ('post', 'scheduled', ?, ?, ?, '<p>Soon.</p>', ?, ?, 'open') returning id",
      )
      .get(title, `scheduled-${Date.now()}`, author.id, Date.now() + 1_000, Date.now()) as { id: number }
    return row.id
  })
  for (const app of processes) expect((await read(app, '/')).body).not.toContain(title)
  await expect
    .poll(async () => [...(await readEach(first, '/', 4)), await read(second, '/')].every((served) => served.body.includes(title)), { timeout: 15_000 })
    .toBe(true)
  inDatabase((sqlite) => {
    const send = sqlite.prepare("insert into newsletter_sends (post_id, status, created_at) values (?, 'sending', ?) returning id").get(postId, Date.now()) as {
      id: number
    }
    const recipients = sqlite
      .prepare("insert into newsletter_deliveries (send_id, subscriber_id) select ?, id from subscribers where status = 'confirmed'")
      .run(send.id).changes
    sqlite.prepare('update newsletter_sends set recipient_count = ? where id = ?').run(recipients, send.id)
  })
  await expect.poll(() => subscribers.map((email) => mailbox.to(email).length), { timeout: 20_000 }).toEqual([1, 1, 1])

  // Every job ran in one process at a time: each due item was handled once, whoever held the lease.
  // Two more rounds of every frequent job pass before the counts are taken.
  await new Promise((resolve) => setTimeout(resolve, 5_000))
  expect(subscribers.map((email) => mailbox.to(email).length)).toEqual([1, 1, 1])
  const moderationNotices = mailbox.to('maren@example.com').filter((mail) => mail.text?.includes(held))
  expect(moderationNotices).toHaveLength(1)
  const jobLines = processes
    .flatMap((app) => app.output().split('\n'))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { event?: string; job?: string; result?: Record<string, unknown> })
    .filter((line) => line.event === 'job')
  expect(jobLines.filter((line) => line.job === 'scheduler' && Number(line.result?.published) > 0).map((line) => line.result?.published)).toEqual([1])
  expect(jobLines.filter((line) => line.job === 'newsletter').reduce((sum, line) => sum + Number(line.result?.sent ?? 0), 0)).toBe(subscribers.length)
  const holders = inDatabase((sqlite) => sqlite.prepare('select job, holder from job_leases order by job').all() as { job: string; holder: string }[])
  expect(holders.map((row) => row.job)).toEqual(expect.arrayContaining(['newsletter', 'outbox', 'scheduler']))
})
