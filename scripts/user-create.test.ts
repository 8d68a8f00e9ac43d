import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'

const databasePath = openTemporaryDatabase()
const { default: Database } = await import('better-sqlite3')
const { verifyPassword } = await import('@/lib/auth/password')

function userCreate(args: string[], stdin: string) {
  return spawnSync('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/user-create.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: databasePath, DATA_DIR: process.env.DATA_DIR },
    timeout: 60_000,
  })
}

function author(email: string) {
  const sqlite = new Database(databasePath)
  try {
    return sqlite.prepare('select password_hash as passwordHash, session_version as sessionVersion from authors where email = ?').get(email) as
      | { passwordHash: string; sessionVersion: number }
      | undefined
  } finally {
    sqlite.close()
  }
}

describe('npm run user:create', () => {
  it('reads the password from stdin when --password is not given, and a new password ends every session', async () => {
    const created = userCreate(['--email', 'ines@example.com', '--name', 'Ines'], 'first long password here\nignored second line\n')
    expect(created.status, created.stderr).toBe(0)
    const first = author('ines@example.com')
    expect(await verifyPassword(first?.passwordHash ?? null, 'first long password here')).toBe(true)

    const reset = userCreate(['--email', 'ines@example.com'], 'second long password here\n')
    expect(reset.status, reset.stderr).toBe(0)
    const second = author('ines@example.com')
    expect(await verifyPassword(second?.passwordHash ?? null, 'second long password here')).toBe(true)
    expect(second?.sessionVersion).toBe((first?.sessionVersion ?? 0) + 1)
  }, 120_000)

  it('refuses a short password from stdin and writes nothing', () => {
    const refused = userCreate(['--email', 'short@example.com'], 'short\n')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('at least 12 characters')
    expect(author('short@example.com')).toBeUndefined()
  }, 60_000)
})
