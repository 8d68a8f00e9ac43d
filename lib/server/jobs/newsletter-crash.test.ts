import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, describe, expect, it } from 'vitest'
import { unsubscribeToken } from '@/lib/newsletter/tokens'

// THE crash test (docs/decisions/0008: resumable after a crash, nobody mailed twice). A real worker process
// mails 1,000 subscribers through a real SMTP server on loopback, is killed with SIGKILL part-way, and a
// second worker finishes the job. Every subscriber must end up with exactly one email.
//
// Where the kill lands: the worker sends one message at a time, so when message 301 reaches the server,
// the worker has already recorded message 300. The server holds 301 unanswered (no "250 accepted"),
// and the worker is killed right then. That is a crash at the worst ordinary moment (mid-conversation,
// with a message on the wire) that stays deterministic; a kill in the instant between the server's
// "250" and the worker's database commit is the one documented duplicate (lib/server/jobs/newsletter-sender.ts).
//
// The SMTP URL asks nodemailer for a connection pool: smtp-server waits 100 ms on every new connection
// (its "early talker" check), which at one connection per message would make this test take minutes.

const SUBSCRIBER_COUNT = 1000
const CRASH_AFTER = 300
const SITE_URL = 'https://spoons.example'
// The killed worker's newsletter lease runs out this long after its last renewal; the second worker
// takes the job over then (docs/decisions/0025-many-processes.md).
const RUNNER_LEASE_MS = 2_000

const dataDir = mkdtempSync(path.join(tmpdir(), 'spoonpress-crash-'))
process.env.DATA_DIR = dataDir
delete process.env.DATABASE_PATH
delete process.env.SMTP_URL
delete process.env.MAIL_FROM
process.env.SITE_URL = SITE_URL
const databaseFile = path.join(dataDir, 'spoonpress.db')

type Accepted = { recipients: string[]; raw: Buffer }
const accepted: Accepted[] = []
let isHolding = false
let heldMessage: (() => void) | null = null
let announceHeld: () => void = () => undefined
const held = new Promise<void>((resolve) => (announceHeld = resolve))

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  // No DNS lookup of 127.0.0.1 on each of the 1,000 connections.
  disableReverseLookup: true,
  // A mailbox that does not exist, refused for good ("550"), as a real server does.
  onRcptTo(address, _session, callback) {
    if (address.address.startsWith('gone')) return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }))
    callback()
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      if (isHolding && accepted.length === CRASH_AFTER && heldMessage === null) {
        // Not accepted: the worker never hears "250" for this one.
        heldMessage = () => callback(new Error('The server went away'))
        announceHeld()
        return
      }
      accepted.push({ recipients: session.envelope.rcptTo.map((recipient) => recipient.address), raw: Buffer.concat(chunks) })
      callback()
    })
  },
})
// A killed client resets its connection; that is expected here.
server.on('error', () => undefined)
server.listen(0, '127.0.0.1')
await once(server.server, 'listening')
const { port } = server.server.address() as AddressInfo

const { openDatabase } = await import('@/db/client')
const { authors, newsletterSends, posts, subscribers } = await import('@/db/schema')
const { createSendForPost, getSendForPost } = await import('@/db/queries/newsletter-sends')
const { listOutbox } = await import('@/db/queries/outbox')
const { getJobLease } = await import('@/db/queries/job-leases')
const { runNewsletterSends } = await import('./newsletter-sender')
const { eq } = await import('drizzle-orm')
const { db, sqlite } = openDatabase(databaseFile)

type Worker = { child: ChildProcess; exited: Promise<number | null>; output: () => string }
const workers: Worker[] = []

// The worker runs in its own process group, so a kill reaches tsx and the node process it starts.
function startWorker(): Worker {
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'test/newsletter-runner.ts', '400', String(RUNNER_LEASE_MS)], {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${port}?pool=true` },
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const worker = { child, exited, output: () => output }
  workers.push(worker)
  return worker
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

// Long header lines arrive folded (RFC 5322 2.2.3); unfolding removes the line breaks only.
function headerLine(lines: readonly { key: string; line: string }[], key: string): string | undefined {
  return lines.find((line) => line.key === key)?.line.replace(/\r?\n/g, '')
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_resolve, reject) => setTimeout(() => reject(new Error(`Timed out: ${what}`)), ms).unref())])
}

afterAll(async () => {
  for (const worker of workers) killGroup(worker.child)
  heldMessage?.()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  sqlite.close()
  rmSync(dataDir, { recursive: true, force: true })
})

function insertPost(slug: string): number {
  const author = db.select({ id: authors.id }).from(authors).get()
  if (!author) throw new Error('seed first')
  return db.insert(posts).values({ title: slug, slug, status: 'published', authorId: author.id, publishedAt: Date.now() }).returning({ id: posts.id }).get().id
}

async function seed(): Promise<number> {
  const author = db.insert(authors).values({ email: 'author@example.com', name: 'Author', slug: 'author' }).returning({ id: authors.id }).get()
  const post = db
    .insert(posts)
    .values({
      title: 'Pacing on bad days',
      slug: 'pacing-on-bad-days',
      status: 'published',
      authorId: author.id,
      publishedAt: Date.now(),
      body: '<p>Rest first. <a href="/spoon-theory">The spoon theory</a>.</p>',
      keyPoints: ['Rest before you are tired'],
    })
    .returning({ id: posts.id })
    .get()
  await db.transaction((tx) => {
    for (let index = 1; index <= SUBSCRIBER_COUNT; index += 1) {
      tx.insert(subscribers)
        .values({ email: `reader${index}@example.com`, firstName: `Reader ${index}`, status: 'confirmed', confirmedAt: Date.now() })
        .run()
    }
  })
  return post.id
}

describe('newsletter sending survives a crash', () => {
  it('mails each of 1,000 subscribers exactly once across a SIGKILL and a restart', { timeout: 120_000 }, async () => {
    const startedAt = performance.now()
    const postId = await seed()
    const { sendId, isNew } = await createSendForPost(postId)
    expect(isNew).toBe(true)
    expect((await getSendForPost(postId))?.recipientCount).toBe(SUBSCRIBER_COUNT)

    isHolding = true
    const first = startWorker()
    await withTimeout(
      Promise.race([held, first.exited.then((code) => Promise.reject(new Error(`worker exited early (${code}): ${first.output()}`)))]),
      60_000,
      'the first worker',
    )
    killGroup(first.child)
    await withTimeout(first.exited, 10_000, 'the killed worker to exit')
    isHolding = false
    heldMessage?.()

    const acceptedBeforeCrash = accepted.length
    expect(acceptedBeforeCrash).toBe(CRASH_AFTER)
    expect(acceptedBeforeCrash).toBeLessThan(SUBSCRIBER_COUNT)
    // Everything the server accepted before the crash was recorded as sent: the restart starts after it.
    const afterCrash = db.select().from(newsletterSends).where(eq(newsletterSends.id, sendId)).get()
    expect(afterCrash).toMatchObject({ status: 'sending', sentCount: acceptedBeforeCrash })

    const second = startWorker()
    const exitCode = await withTimeout(second.exited, 90_000, 'the second worker')
    expect(exitCode, second.output()).toBe(0)
    // The tests below run the sender in this process: the finished worker's lease runs out first.
    await new Promise((resolve) => setTimeout(resolve, RUNNER_LEASE_MS))

    const perRecipient = new Map<string, number>()
    for (const message of accepted) {
      expect(message.recipients).toHaveLength(1)
      const recipient = message.recipients[0] ?? ''
      perRecipient.set(recipient, (perRecipient.get(recipient) ?? 0) + 1)
    }
    const duplicates = [...perRecipient].filter(([, count]) => count > 1)
    expect(duplicates).toEqual([])
    const missing = Array.from({ length: SUBSCRIBER_COUNT }, (_, index) => `reader${index + 1}@example.com`).filter((email) => !perRecipient.has(email))
    expect(missing).toEqual([])
    expect(accepted).toHaveLength(SUBSCRIBER_COUNT)

    const finished = await getSendForPost(postId)
    expect(finished).toMatchObject({ status: 'done', recipientCount: SUBSCRIBER_COUNT, sentCount: SUBSCRIBER_COUNT })
    expect(finished?.finishedAt).toBeGreaterThan(0)
    // The job ran under its lease, which the second worker took over from the killed one.
    expect((await getJobLease('newsletter'))?.holder).toMatch(/\/\d+\/[0-9a-f]{8}$/)

    // Every message carries its own unsubscribe token: in the headers for the mail client's one-click
    // button (RFC 8058, a POST route), and as the visible link to the page in the body.
    const secret = readFileSync(path.join(dataDir, 'newsletter-secret'), 'utf8').trim()
    const idByEmail = new Map(
      db
        .select({ id: subscribers.id, email: subscribers.email })
        .from(subscribers)
        .all()
        .map((row) => [row.email, row.id]),
    )
    for (const message of accepted) {
      const recipient = message.recipients[0] ?? ''
      const parsed = await simpleParser(message.raw)
      const token = unsubscribeToken(idByEmail.get(recipient) ?? 0, secret)
      const unsubscribeUrl = `${SITE_URL}/newsletter/unsubscribe?token=${token}`
      expect(headerLine(parsed.headerLines, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${SITE_URL}/newsletter/unsubscribe/one-click?token=${token}>`)
      expect(headerLine(parsed.headerLines, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
      expect(parsed.subject).toBe('Pacing on bad days')
      expect(parsed.text).toContain(`Unsubscribe (${unsubscribeUrl})`)
    }
    const [sample] = accepted
    const parsedSample = await simpleParser(sample?.raw ?? Buffer.alloc(0))
    expect(parsedSample.html).toContain(`href="${SITE_URL}/spoon-theory"`)
    expect(parsedSample.text).toMatch(/^Hello Reader \d+,/)

    console.log(`crash test: ${acceptedBeforeCrash} before the kill, ${SUBSCRIBER_COUNT} in all, ${Math.round(performance.now() - startedAt)} ms`)
  })
})

// The same sender in this process, against the database the crash test left (1,000 confirmed).
describe('runNewsletterSends', () => {
  it('without SMTP queues each email in the outbox, counts it sent, and stops at maxMessages', async () => {
    expect(process.env.SMTP_URL).toBeUndefined()
    const postId = insertPost('outbox-only')
    const { sendId } = await createSendForPost(postId)
    expect(await runNewsletterSends({ ratePerSecond: 1000, maxMessages: 5 })).toEqual({ sent: 5 })
    expect((await getSendForPost(postId))?.sentCount).toBe(5)
    const queued = (await listOutbox(5)).reverse()
    expect(queued.map((row) => row.toAddress)).toEqual(['reader1', 'reader2', 'reader3', 'reader4', 'reader5'].map((name) => `${name}@example.com`))
    for (const row of queued) {
      expect(row).toMatchObject({ status: 'queued', subject: 'outbox-only', headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } })
      expect(row.headers['List-Unsubscribe']).toMatch(/^<https:\/\/spoons\.example\/newsletter\/unsubscribe\/one-click\?token=\d+\.[\w-]{43}>$/)
    }
    expect(await runNewsletterSends({ ratePerSecond: 1000, maxMessages: 3 })).toEqual({ sent: 3 })
    expect(db.select().from(newsletterSends).where(eq(newsletterSends.id, sendId)).get()).toMatchObject({ sentCount: 8, status: 'sending' })
  })

  it('keeps to the rate', async () => {
    const startedAt = performance.now()
    expect(await runNewsletterSends({ ratePerSecond: 100, maxMessages: 21 })).toEqual({ sent: 21 })
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(195)
  })

  it('stops at the first SMTP failure and marks nobody', async () => {
    const closed = createServer()
    closed.listen(0, '127.0.0.1')
    await once(closed, 'listening')
    const closedPort = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const before = await getSendForPost(postIdOf('outbox-only'))
    process.env.SMTP_URL = `smtp://127.0.0.1:${closedPort}`
    try {
      expect(await runNewsletterSends({ ratePerSecond: 1000 })).toEqual({ sent: 0 })
    } finally {
      delete process.env.SMTP_URL
    }
    expect((await getSendForPost(postIdOf('outbox-only')))?.sentCount).toBe(before?.sentCount)
    expect((await listOutbox(1))[0]).toMatchObject({ status: 'failed', toAddress: 'reader30@example.com' })
  })

  it('does nothing while another process holds the newsletter lease, or once aborted', async () => {
    // Another web process (or host) has the job; its lease runs for another second.
    sqlite.prepare("update job_leases set holder = 'other-host/77/0a0b0c0d', expires_at = ? where job = 'newsletter'").run(Date.now() + 1_000)
    expect(await runNewsletterSends({ ratePerSecond: 1000 })).toEqual({ sent: 0 })
    expect((await getJobLease('newsletter'))?.holder).toBe('other-host/77/0a0b0c0d')
    // It stopped renewing (it crashed): once its lease is over, this process takes the job over.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(await runNewsletterSends({ ratePerSecond: 1000, maxMessages: 1 })).toEqual({ sent: 1 })
    expect((await getJobLease('newsletter'))?.holder).not.toBe('other-host/77/0a0b0c0d')
    expect(await runNewsletterSends({ ratePerSecond: 1000, signal: AbortSignal.abort() })).toEqual({ sent: 0 })
    await expect(runNewsletterSends({ ratePerSecond: 0 })).rejects.toThrow(/ratePerSecond/)
  })

  it('finishes the send when everyone is handled', async () => {
    const postId = postIdOf('outbox-only')
    const { sent } = await runNewsletterSends({ ratePerSecond: 100_000 })
    expect(sent).toBe(SUBSCRIBER_COUNT - 30)
    expect(await getSendForPost(postId)).toMatchObject({ status: 'done', sentCount: SUBSCRIBER_COUNT })
  })

  it('closes an address the server refuses for good and goes on with the rest', async () => {
    const now = Date.now()
    const [first, gone, last] = ['first-after@example.com', 'gone@example.com', 'last-after@example.com'].map(
      (email) => db.insert(subscribers).values({ email, status: 'confirmed', confirmedAt: now }).returning({ id: subscribers.id }).get().id,
    )
    const postId = insertPost('refused-address')
    const { sendId } = await createSendForPost(postId)
    // Only the three new subscribers are left to mail in this send.
    sqlite.prepare('update newsletter_deliveries set sent_at = ? where send_id = ? and subscriber_id not in (?, ?, ?)').run(now, sendId, first, gone, last)
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    const acceptedBefore = accepted.length
    try {
      expect(await runNewsletterSends({ ratePerSecond: 1000 })).toEqual({ sent: 2 })
    } finally {
      delete process.env.SMTP_URL
    }
    expect(accepted.slice(acceptedBefore).map((message) => message.recipients)).toEqual([['first-after@example.com'], ['last-after@example.com']])
    expect(await getSendForPost(postId)).toMatchObject({ status: 'done' })
    const refused = (await listOutbox(5)).find((row) => row.toAddress === 'gone@example.com')
    expect(refused).toMatchObject({ status: 'failed' })
  })
})

function postIdOf(slug: string): number {
  const row = db.select({ id: posts.id }).from(posts).where(eq(posts.slug, slug)).get()
  if (!row) throw new Error(`no post ${slug}`)
  return row.id
}
