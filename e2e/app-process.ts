import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'

// Extra `npm start` servers of the production build, each on its own DATA_DIR, for the journeys that
// kill, restart and restore a whole process (e2e/nothing-lost.spec.ts), or run several on one
// DATA_DIR (e2e/many-processes.spec.ts). Ports 3190-3209 (HTTP) and 2530-2549 (SMTP), clear of the
// Playwright server (3100, SMTP 2526).

export type RunningApp = { origin: string; dataDir: string; process: ChildProcess; output: () => string }

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

/** npm run SCRIPT -- ARGS with this DATA_DIR; resolves with its exit code and everything it printed. */
export function npmRun(script: string, args: string[], dataDir: string) {
  return run('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], { DATA_DIR: dataDir })
}

/** A new DATA_DIR with the demo blog, migrated and seeded as `npm run setup` does. */
export async function newDataDir(label: string): Promise<string> {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), `spoonpress-${label}-`)), 'data')
  const setup = await npmRun('db:setup', [], dataDir)
  if (setup.code !== 0) throw new Error(`db:setup failed:\n${setup.output}`)
  return dataDir
}

export function openDatabaseIn(dataDir: string, options: Database.Options = {}) {
  const sqlite = new Database(path.join(dataDir, 'spoonpress.db'), options)
  sqlite.pragma('busy_timeout = 5000')
  return sqlite
}

export function writeSettings(dataDir: string, values: Record<string, unknown>) {
  const sqlite = openDatabaseIn(dataDir)
  try {
    const upsert = sqlite.prepare('insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value')
    for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value))
  } finally {
    sqlite.close()
  }
}

/** `settings` adds to the environment, e.g. WEB_CONCURRENCY. */
export async function startApp(dataDir: string, port: number, smtpPort?: number, settings: Record<string, string> = {}): Promise<RunningApp> {
  const origin = `http://127.0.0.1:${port}`
  // Its own process group, so a kill reaches npm, tsx and the server alike.
  const child = spawn('npm', ['start'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      SITE_URL: origin,
      SMTP_URL: smtpPort ? `smtp://127.0.0.1:${smtpPort}` : '',
      NEXT_TELEMETRY_DISABLED: '1',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const app = { origin, dataDir, process: child, output: () => output }
  const started = Date.now()
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`)
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return app
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stopApp(app, 'SIGKILL')
  throw new Error(`the server did not start within a minute:\n${output}`)
}

/**
 * Stops the whole process group (SIGKILL: as a crash, with no chance to finish anything), and waits
 * until no process of it is left. npm exits on a signal before the server's own processes do, so
 * npm's exit says nothing: a server left behind would keep its port, and the next journey to start
 * one there would talk to the old one.
 */
export async function stopApp(app: RunningApp, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const group = app.process.pid
  if (!group || !isGroupAlive(group)) return
  process.kill(-group, signal)
  const started = Date.now()
  while (isGroupAlive(group)) {
    const waited = Date.now() - started
    if (waited > 15_000) throw new Error(`the server's processes (group ${group}) outlived SIGKILL`)
    if (waited > 10_000) process.kill(-group, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function isGroupAlive(group: number): boolean {
  try {
    process.kill(-group, 0)
    return true
  } catch {
    return false
  }
}

/** A browser context on `origin`, signed in as the demo author through the real login form. */
export async function signInAuthorAt(browser: Browser, origin: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByLabel('Email').fill('maren@example.com')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  return { context, page }
}
