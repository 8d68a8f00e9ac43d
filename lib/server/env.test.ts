import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = mkdtempSync(path.join(tmpdir(), 'spoonpress-env-'))
process.env.DATA_DIR = path.join(root, 'data')
const { generatedSecret } = await import('./env')

describe('generatedSecret', () => {
  it('creates DATA_DIR private (0700) and the secret file 0600', () => {
    const secret = generatedSecret('fresh-secret')
    expect(secret.length).toBeGreaterThanOrEqual(32)
    expect(statSync(process.env.DATA_DIR ?? '').mode & 0o777).toBe(0o700)
    expect(statSync(path.join(process.env.DATA_DIR ?? '', 'fresh-secret')).mode & 0o777).toBe(0o600)
    expect(generatedSecret('fresh-secret')).toBe(secret)
  })

  it.each([[''], ['   \n'], ['short']])('never uses an empty or short secret file (%j): it is replaced', (content) => {
    mkdirSync(process.env.DATA_DIR ?? '', { recursive: true })
    const name = `weak-${Math.random().toString(36).slice(2)}`
    const file = path.join(process.env.DATA_DIR ?? '', name)
    writeFileSync(file, content)
    const secret = generatedSecret(name)
    expect(secret.length).toBeGreaterThanOrEqual(32)
    expect(readFileSync(file, 'utf8').trim()).toBe(secret)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('reads a secret file again when it is replaced (a restore), not only once per process', () => {
    const name = 'replaced-secret'
    const first = generatedSecret(name)
    expect(generatedSecret(name)).toBe(first)
    const restored = 'r'.repeat(40)
    writeFileSync(path.join(process.env.DATA_DIR ?? '', name), restored)
    expect(generatedSecret(name)).toBe(restored)
  })
})
