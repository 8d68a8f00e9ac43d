import { rmSync } from 'node:fs'
import path from 'node:path'
import { authorPassword, expect, test, uniqueText } from './fixtures'
import { newDataDir, openDatabaseIn, signInAuthorAt, startApp, stopApp, writeSettings, type RunningApp } from './app-process'
import { multipartBody, multipartBoundary, postComment, readCommentForm } from './comment-post'
import { startVarnish, stopVarnish, type RunningVarnish } from './varnish-process'

// Debian's Varnish with the shipped deploy/varnish.vcl in front of its own `npm start`, which purges
// it by tag (PURGE_URL; docs/cdn.md, docs/decisions/0026-shared-caches.md). Process-level: once, in
// the js project. App on 3220, Varnish on 6091 (not 6081: the port a Debian varnish service takes).
test.describe.configure({ mode: 'serial' })

const appPort = 3220
const varnishPort = 6091
const postPath = '/memantine-for-fibromyalgia'

let app: RunningApp | null = null
let varnish: RunningVarnish | null = null
let dataDir = ''

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'process-level journey: once is enough')
  test.setTimeout(120_000)
  dataDir = await newDataDir('varnish')
  writeSettings(dataDir, { commentFloodSeconds: 0, commentMinFillSeconds: 0, commentModerationFirst: false })
  const varnishOrigin = `http://127.0.0.1:${varnishPort}`
  // Readers reach the site through Varnish, so that is the site's address (next-auth redirects there).
  app = await startApp(dataDir, appPort, undefined, { SITE_URL: varnishOrigin, PURGE_URL: `${varnishOrigin}/` })
  varnish = await startVarnish(varnishPort, appPort)
})

test.afterAll(async () => {
  if (varnish) await stopVarnish(varnish)
  if (app) await stopApp(app)
  if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true })
})

function origin(): string {
  if (!varnish) throw new Error('Varnish is not running')
  return varnish.origin
}

async function get(pathname: string, cookie = '') {
  const response = await fetch(`${origin()}${pathname}`, { headers: cookie ? { cookie } : {} })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

// What a change would send: ban every page, so the next request shows where a page comes from.
async function banEverything() {
  const response = await fetch(`${origin()}/`, { method: 'PURGE', headers: { 'x-cache-tags': 'spoonpress' } })
  expect(response.status).toBe(200)
}

test('pages come from Varnish, one copy per greeting variant and comfort choice, with no cookie set', async () => {
  const first = await get(postPath)
  expect(first.headers.get('x-cache')).toBe('MISS')
  const again = await get(postPath)
  expect(again.headers.get('x-cache')).toBe('HIT')
  expect(again.headers.get('cache-control')).toContain('s-maxage=60')
  expect(again.headers.get('set-cookie')).toBeNull()
  // The tags are for Varnish only.
  expect(again.headers.get('cache-tag')).toBeNull()
  expect(again.html).toContain('data-greeting="first"')
  expect(again.html).toContain('data-returning-beacon')

  // The hidden image on the first-visit variant sets the cookie; it is never shared.
  const beacon = await fetch(`${origin()}/api/returning`)
  expect(beacon.headers.get('set-cookie')).toContain('sp_returning=1')
  expect(beacon.headers.get('cache-control')).toBe('private, no-store')
  expect(beacon.headers.get('x-cache')).toBe('PASS')

  // Analytics and last-visit cookies are dropped; the returning variant is its own copy.
  await get(postPath, 'sp_returning=1')
  const returning = await get(postPath, '_ga=GA1.2.3; sp_returning=1; sp_seen=c-t5xk2p')
  expect(returning.headers.get('x-cache')).toBe('HIT')
  expect(returning.html).toContain('data-greeting="returning"')
  expect(returning.html).not.toContain('data-returning-beacon')

  // Reading comfort is written into the page by the app, so each choice is its own copy.
  const dim = await get(postPath, 'sp_comfort=theme-dim')
  expect(dim.html).toMatch(/<html[^>]*class="[^"]*comfort-theme-dim/)
  expect((await get(postPath)).html).not.toContain('comfort-theme-dim')
})

test('a browser becomes a returning visitor through Varnish without a cookie on any shared page', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: origin() })
  const page = await context.newPage()
  await page.goto(postPath)
  await expect(page.locator('[data-greeting]')).toHaveAttribute('data-greeting', 'first')
  const second = await page.goto(postPath)
  expect(second?.headers()['x-cache']).toBe('HIT')
  await expect(page.locator('[data-greeting]')).toHaveAttribute('data-greeting', 'returning')
  await context.close()
})

test('a new approved comment shows through Varnish within a second', async () => {
  const reader = 'sp_returning=1'
  await get(postPath, reader)
  expect((await get(postPath, reader)).headers.get('x-cache')).toBe('HIT')
  const hidden = await readCommentForm(origin(), postPath)
  const text = uniqueText('seen through varnish')
  const id = await postComment(origin(), postPath, hidden, { comment: text, author: 'Regular', email: `regular-${Date.now()}@example.com` })
  expect(id).not.toBeNull()
  const postedAt = Date.now()
  let shown = await get(postPath, reader)
  while (!shown.html.includes(text) && Date.now() - postedAt < 1_000) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    shown = await get(postPath, reader)
  }
  expect(shown.html.includes(text), 'the new comment is on the page Varnish serves').toBe(true)
  expect(Date.now() - postedAt).toBeLessThan(1_000)
})

test('a commenter with a comment awaiting moderation never gets a shared copy, nor leaves one', async () => {
  writeSettings(dataDir, { commentModerationFirst: true })
  const hidden = await readCommentForm(origin(), postPath)
  const held = uniqueText('held at the door')
  const posted = await fetch(`${origin()}${postPath}`, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${multipartBoundary}` },
    body: multipartBody({ ...hidden, url: '', website_confirm: '', comment: held, author: 'Newcomer', email: `newcomer-${Date.now()}@example.com` }),
    redirect: 'manual',
  })
  expect(posted.headers.get('location')).toMatch(/\?unapproved=\d+/)
  const pending = posted.headers.getSetCookie().find((cookie) => cookie.startsWith('sp_pending='))
  expect(pending).toBeTruthy()

  await banEverything()
  const own = await get(postPath, `sp_returning=1; ${(pending ?? '').split(';')[0]}`)
  expect(own.html).toContain(held)
  expect(own.headers.get('x-cache')).toBe('PASS')
  expect(own.headers.get('cache-control')).toBe('private, no-store')
  // Had Varnish kept the commenter's page, this would be a HIT showing the held comment.
  const anonymous = await get(postPath, 'sp_returning=1')
  expect(anonymous.headers.get('x-cache')).toBe('MISS')
  expect(anonymous.html).not.toContain(held)
})

test('a signed-in author never gets a shared copy, nor leaves one', async ({ browser }) => {
  const { hashPassword } = await import('../lib/auth/password')
  const sqlite = openDatabaseIn(dataDir)
  try {
    sqlite.prepare("update authors set password_hash = ? where email = 'maren@example.com'").run(await hashPassword(authorPassword))
  } finally {
    sqlite.close()
  }
  const { context, page } = await signInAuthorAt(browser, origin(), authorPassword)

  await banEverything()
  const authorsView = await page.goto(postPath)
  expect(authorsView?.headers()['x-cache']).toBe('PASS')
  expect(authorsView?.headers()['cache-control']).toBe('private, no-store')
  const anonymous = await get(postPath)
  expect(anonymous.headers.get('x-cache')).toBe('MISS')
  expect(anonymous.headers.get('cache-control')).toContain('public')
  await context.close()
})
