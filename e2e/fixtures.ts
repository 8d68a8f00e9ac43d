import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import Database from 'better-sqlite3'
import path from 'node:path'
import { registerSqlFunctions } from '../db/sql-functions'

// The database behind the server under test (see playwright.config.ts webServer).
export const e2eDatabasePath = path.resolve('.e2e-data', 'spoonpress.db')

export function openTestDatabase() {
  const sqlite = new Database(e2eDatabasePath)
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('foreign_keys = ON')
  registerSqlFunctions(sqlite)
  return sqlite
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(summary).toEqual([])
}

// Chromium reports every Content-Security-Policy violation (a blocked inline script, an image from
// a host the policy does not name) on the console. Every page of every spec is watched: a test that
// triggers one fails, so the strict reader policy is checked on every page type the suite visits.
export function isCspViolation(text: string): boolean {
  return /Content Security Policy/i.test(text)
}

/**
 * Waits until React has hydrated the page (it marks the <body> it claims), or finds no Next app on it.
 * Reader pages start Next's scripts only when the reader comes near what they improve or focuses
 * something (docs/decisions/0031-scripts-on-demand.md), so this first does what a reader about to use
 * the page does: it sends the page a focus event, which the front server's starter listens for. A
 * journey with JavaScript that acted at once would test the page before its scripts, not with them.
 * The journey in reading.spec.ts checks the starter's own triggers, without this.
 */
export async function waitForHydration(page: Page) {
  await page.evaluate(() => document.dispatchEvent(new FocusEvent('focusin')))
  await waitForHydrationOnItsOwn(page)
}

/** Waits until React has hydrated the page, without starting its scripts. */
export async function waitForHydrationOnItsOwn(page: Page) {
  await page.waitForFunction(() => !('__next_f' in self) || Object.keys(document.body ?? {}).some((key) => key.startsWith('__reactFiber$')))
}

/** Whether React has hydrated the page yet (it marks the <body> it claims). */
export async function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.body ?? {}).some((key) => key.startsWith('__reactFiber$')))
}

// With JavaScript, goto and reload return once the page is hydrated, unless the journey asks for an
// earlier moment (a waitUntil other than load) to act before the scripts.
const patchedPages = new WeakSet<Page>()
function returnWhenHydrated(page: Page) {
  if (patchedPages.has(page)) return
  patchedPages.add(page)
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  const hydrated = async <T>(options: { waitUntil?: string } | undefined, answer: T) => {
    if ((options?.waitUntil ?? 'load') === 'load') await waitForHydration(page)
    return answer
  }
  page.goto = async (url, options) => hydrated(options, await goto(url, options))
  page.reload = async (options) => hydrated(options, await reload(options))
}

export const test = base.extend<{ isJavaScriptEnabled: boolean }>({
  isJavaScriptEnabled: async ({ javaScriptEnabled }, provide) => {
    await provide(javaScriptEnabled !== false)
  },
  context: async ({ context, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) context.on('page', returnWhenHydrated)
    const violations: string[] = []
    context.on('console', (message) => {
      if (message.type() === 'error' && isCspViolation(message.text())) violations.push(`${message.page()?.url() ?? ''}: ${message.text()}`)
    })
    await provide(context)
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  },
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) returnWhenHydrated(page)
    await provide(page)
  },
})

export { expect }

// Comment rules for a test, written straight into the settings table (the action reads them fresh).
export function setSettings(values: Record<string, unknown>) {
  const sqlite = openTestDatabase()
  try {
    const upsert = sqlite.prepare('insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value')
    for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value))
  } finally {
    sqlite.close()
  }
}

// The rules most journeys want: no flood window or fill-time check (tests type instantly, all from
// one address), first comments held as on a fresh blog.
export const relaxedCommentRules = { commentFloodSeconds: 0, commentMinFillSeconds: 0, commentModerationFirst: true, commentDepth: 5 }

export function countComments(where: string, ...params: unknown[]): number {
  const sqlite = openTestDatabase()
  try {
    return (sqlite.prepare(`select count(*) as count from comments where ${where}`).get(...params) as { count: number }).count
  } finally {
    sqlite.close()
  }
}

// A fresh published post with open comments, written straight into the database, so a journey's
// cached pages and counts leave other specs' untouched.
export function insertPublishedPost(title: string, slugPrefix: string): { id: number; slug: string } {
  const slug = `${slugPrefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const sqlite = openTestDatabase()
  try {
    const author = sqlite.prepare("select id from authors where email = 'maren@example.com'").get() as { id: number }
    const now = Date.now()
    const row = sqlite
      .prepare(
        "insert into posts (type, status, title, slug, author_id, body, published_at, modified_at, comment_status) values ('post', 'published', ?, ?, ?, '<p>A post for a test.</p>', ?, ?, 'open') returning id",
      )
      .get(title, slug, author.id, now - 60_000, now) as { id: number }
    return { id: row.id, slug }
  } finally {
    sqlite.close()
  }
}

export function uniqueText(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

export const authorPassword = 'a calm and long test password'

// Gives an author a known password straight in the database (hashed as the app does), so the
// editor journeys can sign in through the real login form.
export async function ensureAuthor(email: string, name = 'Test Author'): Promise<void> {
  const { hashPassword } = await import('../lib/auth/password')
  const passwordHash = await hashPassword(authorPassword)
  const sqlite = openTestDatabase()
  try {
    const existing = sqlite.prepare('select id from authors where email = ?').get(email) as { id: number } | undefined
    if (existing) sqlite.prepare('update authors set password_hash = ? where id = ?').run(passwordHash, existing.id)
    else sqlite.prepare('insert into authors (email, name, slug, password_hash) values (?, ?, ?, ?)').run(email, name, `author-${Date.now()}`, passwordHash)
  } finally {
    sqlite.close()
  }
}

export async function signIn(page: Page, email = 'maren@example.com') {
  await ensureAuthor(email)
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(authorPassword)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}
