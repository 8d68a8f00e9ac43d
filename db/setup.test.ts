import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { verifyPassword } from '@/lib/auth/password'

// The real commands, as the README runs them, against a throwaway data folder.
function run(script: string, dataDir: string, args: string[] = []) {
  return execFileSync('node_modules/.bin/tsx', ['--conditions=react-server', script, ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_PATH: path.join(dataDir, 'spoonpress.db') },
    encoding: 'utf8',
  })
}

function passwordHashOf(dataDir: string, email: string): string | null {
  const sqlite = new Database(path.join(dataDir, 'spoonpress.db'))
  const row = sqlite.prepare('select password_hash from authors where email = ?').get(email) as { password_hash: string | null } | undefined
  sqlite.close()
  return row?.password_hash ?? null
}

describe('npm run db:setup and npm run user:create', { timeout: 60_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'spoonpress-setup-'))

  it('seeds an empty database once and prints the first author’s password once', async () => {
    const first = run('db/setup.ts', dataDir)
    expect(first).toMatch(/Seeded the demo blog/)
    const password = first.match(/password: (\S+)/)?.[1]
    expect(password).toBeTruthy()
    const email = first.match(/email: +(\S+)/)?.[1] ?? ''
    expect(await verifyPassword(passwordHashOf(dataDir, email), password ?? '')).toBe(true)

    const second = run('db/setup.ts', dataDir)
    expect(second).toMatch(/nothing was seeded/)
    expect(second).not.toMatch(/password:/)
  })

  it('creates an author, or resets a password, without questions', async () => {
    const created = run('scripts/user-create.ts', dataDir, [
      '--email',
      'Writer@Example.com',
      '--password',
      'a sufficiently long one',
      '--name',
      'Second Writer',
    ])
    expect(created).toMatch(/Created the author Second Writer <writer@example.com>/)
    expect(await verifyPassword(passwordHashOf(dataDir, 'writer@example.com'), 'a sufficiently long one')).toBe(true)
    run('scripts/user-create.ts', dataDir, ['--email', 'writer@example.com', '--password', 'another long password'])
    expect(await verifyPassword(passwordHashOf(dataDir, 'writer@example.com'), 'another long password')).toBe(true)
    expect(() => run('scripts/user-create.ts', dataDir, ['--email', 'writer@example.com', '--password', 'short'])).toThrow()
  })
})
