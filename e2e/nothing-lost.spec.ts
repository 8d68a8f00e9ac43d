import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { authorPassword, expect, expectNoAxeViolations, signIn, test, uniqueText } from './fixtures'
import { newDataDir, npmRun, openDatabaseIn, startApp, stopApp, writeSettings, type RunningApp } from './app-process'
import { postComment, readCommentForm } from './comment-post'
import { Mailbox } from './mailbox'

// Nothing lost (docs/decisions/0018, 0019): whole `npm start` processes killed with SIGKILL mid-load,
// backed up while comments arrive and restored elsewhere, and mail held through an SMTP outage and a
// crash. Process-level, so they run once, in the js project; each server has its own DATA_DIR.
test.describe.configure({ mode: 'serial' })
test.skip(({ isJavaScriptEnabled }) => !isJavaScriptEnabled, 'process-level journeys: once is enough')

const apps: RunningApp[] = []
const dataDirs: string[] = []
test.afterEach(async () => {
  for (const app of apps.splice(0)) await stopApp(app, 'SIGKILL')
})
test.afterAll(() => {
  for (const dir of dataDirs) rmSync(path.dirname(dir), { recursive: true, force: true })
})

async function freshSite(label: string, settings: Record<string, unknown> = {}) {
  const dataDir = await newDataDir(label)
  dataDirs.push(dataDir)
  // Every post comes from one address, at once: no flood window or fill-time minimum; all on one page.
  writeSettings(dataDir, { commentFloodSeconds: 0, commentMinFillSeconds: 0, commentModerationFirst: false, commentsPerPage: 0, ...settings })
  return dataDir
}

async function start(dataDir: string, port: number, smtpPort?: number) {
  const app = await startApp(dataDir, port, smtpPort)
  apps.push(app)
  return app
}

function countByBody(dataDir: string, bodies: readonly string[]): Map<string, number> {
  const sqlite = openDatabaseIn(dataDir, { readonly: true })
  try {
    const count = sqlite.prepare('select count(*) as n from comments where body = ?')
    return new Map(bodies.map((body) => [body, (count.get(body) as { n: number }).n]))
  } finally {
    sqlite.close()
  }
}

test('100 parallel comments, the server killed mid-way: after a restart every acknowledged comment is there exactly once', async () => {
  test.setTimeout(180_000)
  const dataDir = await freshSite('crash')
  const app = await start(dataDir, 3190)
  const hidden = await readCommentForm(app.origin, '/start-here')
  const marker = uniqueText('crash')
  const bodies = Array.from({ length: 100 }, (_, index) => `${marker} comment ${index}`)
  const acknowledged = new Map<string, number>()
  let answered = 0
  let isKilled = false
  const outcomes = await Promise.allSettled(
    bodies.map(async (body, index) => {
      const id = await postComment(app.origin, '/start-here', hidden, { comment: body, author: `Reader ${index}`, email: `reader${index}@example.com` })
      if (id !== null && !isKilled) acknowledged.set(body, id)
      answered += 1
      // SIGKILL in the middle: no chance to finish a transaction, flush or close anything.
      if (answered === 40 && app.process.pid) {
        isKilled = true
        process.kill(-app.process.pid, 'SIGKILL')
      }
    }),
  )
  expect(isKilled).toBe(true)
  expect(acknowledged.size).toBeGreaterThanOrEqual(30)
  // Some posts were cut off by the kill (refused connections, reset sockets).
  expect(outcomes.some((outcome) => outcome.status === 'rejected')).toBe(true)
  await stopApp(app, 'SIGKILL')

  const restarted = await start(dataDir, 3190)
  const sqlite = openDatabaseIn(dataDir, { readonly: true })
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  sqlite.close()
  const stored = countByBody(dataDir, bodies)
  for (const body of acknowledged.keys()) expect(stored.get(body), body).toBe(1)
  // Nothing at all was stored twice, acknowledged or not.
  expect([...stored.values()].every((count) => count <= 1)).toBe(true)
  // The restarted site shows them.
  const page = await (await fetch(`${restarted.origin}/start-here`)).text()
  for (const [body, id] of acknowledged) expect(page, body).toContain(`id="comment-${id}"`)
})

test('a backup taken while comments arrive restores into a new DATA_DIR with every comment acknowledged before it, and a session still valid', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const dataDir = await freshSite('backup')
  const { hashPassword } = await import('../lib/auth/password')
  const sqlite = openDatabaseIn(dataDir)
  sqlite.prepare('update authors set password_hash = ? where email = ?').run(await hashPassword(authorPassword), 'maren@example.com')
  sqlite.close()
  const app = await start(dataDir, 3191)

  // Signed in on the original site.
  await page.goto(`${app.origin}/login`)
  await page.getByLabel('Email').fill('maren@example.com')
  await page.getByLabel('Password').fill(authorPassword)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin$/)

  const hidden = await readCommentForm(app.origin, '/start-here')
  const marker = uniqueText('backup')
  const acknowledged: { body: string; at: number }[] = []
  let isPosting = true
  let counter = 0
  const poster = async () => {
    while (isPosting) {
      counter += 1
      const body = `${marker} comment ${counter}`
      const id = await postComment(app.origin, '/start-here', hidden, { comment: body, author: 'Steady Reader', email: `steady${counter}@example.com` })
      if (id !== null) acknowledged.push({ body, at: Date.now() })
    }
  }
  const posters = [poster(), poster(), poster()]
  while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 50))

  const backupStartedAt = Date.now()
  const before = acknowledged.filter((comment) => comment.at < backupStartedAt).map((comment) => comment.body)
  const archive = path.join(path.dirname(dataDir), 'site.tar.gz')
  const backup = await npmRun('backup', [archive], dataDir)
  const duringBackup = acknowledged.length - before.length
  isPosting = false
  await Promise.all(posters)
  expect(backup.code, backup.output).toBe(0)
  expect(backup.output).toContain('and checked it')
  // Comments kept arriving while the backup ran.
  expect(duringBackup).toBeGreaterThan(0)

  const restoredDir = path.join(path.dirname(dataDir), 'restored')
  const restore = await npmRun('restore', [archive], restoredDir)
  expect(restore.code, restore.output).toBe(0)
  const restored = await start(restoredDir, 3192)
  const stored = countByBody(restoredDir, before)
  for (const body of before) expect(stored.get(body), body).toBe(1)
  const html = await (await fetch(`${restored.origin}/start-here`)).text()
  for (const body of before) expect(html).toContain(body)

  // The restored site keeps the secrets: the session from the original site is still signed in
  // (cookies are per host, not per port).
  await page.goto(`${restored.origin}/admin`)
  await expect(page).toHaveURL(`${restored.origin}/admin`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello')

  // A damaged archive is refused with a clear message, and changes nothing, even with --force.
  const damaged = path.join(path.dirname(dataDir), 'damaged.tar.gz')
  copyFileSync(archive, damaged)
  const bytes = readFileSync(damaged)
  bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff
  writeFileSync(damaged, bytes)
  await stopApp(restored)
  const listing = readdirSync(restoredDir).sort()
  const databaseBefore = readFileSync(path.join(restoredDir, 'spoonpress.db'))
  const refused = await npmRun('restore', [damaged, '--force'], restoredDir)
  expect(refused.code).toBe(1)
  expect(refused.output).toContain('Restore refused: This is not a usable Spoonpress backup')
  expect(refused.output).toContain('Nothing was changed.')
  expect(readdirSync(restoredDir).sort()).toEqual(listing)
  expect(readFileSync(path.join(restoredDir, 'spoonpress.db')).equals(databaseBefore)).toBe(true)
  expect(readdirSync(path.dirname(restoredDir)).some((name) => name.includes('before-restore') || name.includes('restoring'))).toBe(false)
  // And into a folder that is not empty, without --force, nothing happens either.
  const occupied = await npmRun('restore', [archive], restoredDir)
  expect(occupied.code).toBe(1)
  expect(occupied.output).toContain('is not empty')
  expect(existsSync(archive)).toBe(true)
})

test('mail survives an SMTP outage and a crash: the reply notification arrives exactly once; a 5xx refusal is failed, not retried', async ({ page }) => {
  test.setTimeout(240_000)
  const smtpPort = 2530
  const refusedAddress = `gone-${Date.now()}@example.com`
  const mailbox = new Mailbox(new Set([refusedAddress]))
  const dataDir = await freshSite('mail')
  const { hashPassword } = await import('../lib/auth/password')
  const sqlite = openDatabaseIn(dataDir)
  sqlite.prepare('update authors set password_hash = ? where email = ?').run(await hashPassword(authorPassword), 'maren@example.com')
  sqlite.close()
  // SMTP is down: nothing listens on its port.
  let app = await start(dataDir, 3193, smtpPort)
  const hidden = await readCommentForm(app.origin, '/start-here')
  const asker = `asker-${Date.now()}@example.com`
  const post = (fields: Record<string, string>) => postComment(app.origin, '/start-here', hidden, fields)
  const questionId = await post({ comment: uniqueText('Does rest help?'), author: 'Asker', email: asker, notifyReplies: 'on' })
  const goneId = await post({ comment: uniqueText('Me too'), author: 'Gone', email: refusedAddress, notifyReplies: 'on' })
  expect(questionId).not.toBeNull()
  expect(goneId).not.toBeNull()
  const answer = uniqueText('Yes, an hour first.')
  expect(await post({ comment: answer, author: 'Helper', email: 'helper@example.com', parentId: String(questionId) })).not.toBeNull()
  expect(await post({ comment: uniqueText('Welcome back'), author: 'Helper', email: 'helper@example.com', parentId: String(goneId) })).not.toBeNull()

  // The reply notification to each address (each commenter also gets their private edit link).
  const outboxRow = (to: string) => {
    const database = openDatabaseIn(dataDir, { readonly: true })
    try {
      return database.prepare("select status, attempts, error from outbox where to_address = ? and subject like 'New reply%'").all(to) as {
        status: string
        attempts: number
        error: string | null
      }[]
    } finally {
      database.close()
    }
  }
  // The sender has tried and failed (connection refused): the email waits, queued, with the error.
  await expect.poll(() => outboxRow(asker)[0]?.attempts ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(1)
  expect(outboxRow(asker)).toEqual([expect.objectContaining({ status: 'queued' })])
  expect(outboxRow(asker)[0]?.error).toMatch(/ECONNREFUSED|connect/i)

  // A crash, a restart, then the mail server is back.
  await stopApp(app, 'SIGKILL')
  app = await start(dataDir, 3193, smtpPort)
  await mailbox.start(smtpPort)
  try {
    const replyMails = () => mailbox.to(asker).filter((mail) => mail.subject?.startsWith('New reply'))
    await mailbox.waitFor(asker, 2, 90_000) // the edit link and the reply notification
    const [mail] = replyMails()
    expect(mail?.text).toContain(answer)
    await expect.poll(() => outboxRow(refusedAddress)[0]?.status, { timeout: 30_000 }).toBe('failed')
    const failed = outboxRow(refusedAddress)[0]
    expect(failed?.error).toContain('Refused by the mail server, not retried')
    // Several sender runs later: still exactly one email, and the refused one never tried again.
    await new Promise((resolve) => setTimeout(resolve, 8_000))
    expect(replyMails()).toHaveLength(1)
    expect(mailbox.to(asker)).toHaveLength(2)
    expect(outboxRow(asker)).toEqual([expect.objectContaining({ status: 'sent' })])
    expect(outboxRow(refusedAddress)).toEqual([failed])

    // Both are in the outbox screen: the delivered one as sent, the refused one under Failed with why.
    await page.goto(`${app.origin}/login`)
    await page.getByLabel('Email').fill('maren@example.com')
    await page.getByLabel('Password').fill(authorPassword)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/admin$/)
    await page.goto(`${app.origin}/admin/outbox?status=failed`)
    const replyRow = (address: string) => page.getByRole('row').filter({ hasText: address }).filter({ hasText: 'New reply to your comment' })
    await expect(replyRow(refusedAddress)).toContainText('Refused by the mail server, not retried')
    await page.goto(`${app.origin}/admin/outbox?status=sent`)
    await expect(replyRow(asker)).toContainText('Sent')
  } finally {
    await mailbox.stop()
  }
})

test('the site backs itself up: the dashboard shows the last backup and the author downloads it', async ({ page }) => {
  test.setTimeout(60_000)
  // The server under test took its first automatic backup shortly after it started (a new site).
  await signIn(page)
  await expect
    .poll(
      async () => {
        await page.goto('/admin')
        return page.getByRole('link', { name: 'Download the latest backup' }).count()
      },
      { timeout: 40_000 },
    )
    .toBe(1)
  await expect(page.getByRole('region', { name: 'Backups' })).toContainText('A backup of everything is written every day at 03:00.')
  await expectNoAxeViolations(page)
  const href = (await page.getByRole('link', { name: 'Download the latest backup' }).getAttribute('href')) ?? ''
  expect(href).toMatch(/^\/admin\/backups\/spoonpress-.+\.tar\.gz$/)
  const download = await page.request.get(href)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-disposition']).toContain('attachment')
  const body = await download.body()
  // A gzip stream (the archive itself is checked in lib/server/backups/backups.test.ts).
  expect([body[0], body[1]]).toEqual([0x1f, 0x8b])
  // Any other name is not served, even to the author.
  expect((await page.request.get('/admin/backups/last-backup.json')).status()).toBe(404)
  expect((await page.request.get('/admin/backups/..%2Fspoonpress.db')).status()).toBe(404)
})
