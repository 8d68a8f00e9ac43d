import 'server-only'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { newProcessId, processGlobal } from './process-global'

// The only reader of process.env. Every setting is optional (docs/decisions/0009).

function readPort(): number {
  const port = Number(process.env.PORT ?? 3000)
  return Number.isInteger(port) && port > 0 ? port : 3000
}

export const env = {
  get port() {
    return readPort()
  },
  get dataDir() {
    return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? 'data')
  },
  get databasePath() {
    return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join(this.dataDir, 'spoonpress.db'))
  },
  get siteUrl() {
    return (process.env.SITE_URL ?? `http://localhost:${readPort()}`).replace(/\/+$/, '')
  },
  get smtpUrl() {
    return process.env.SMTP_URL || null
  },
  get mailFrom() {
    return process.env.MAIL_FROM || null
  },
  // A shared cache in front to purge by tag when content changes (docs/cdn.md): its purge address,
  // what it speaks (lib/http/cdn-purge.ts: varnish, cloudflare, fastly) and its token, if any.
  get purgeUrl() {
    return process.env.PURGE_URL || null
  },
  get purgeStyle() {
    return process.env.PURGE_STYLE
  },
  get purgeToken() {
    return process.env.PURGE_TOKEN || null
  },
  // Set by scripts/serve.ts for the requests it makes to itself (the scheduler); never configured.
  get internalToken() {
    return process.env.SPOONPRESS_INTERNAL_TOKEN || null
  },
  // Names this process in the change log and in job leases (docs/decisions/0025-many-processes.md):
  // set by scripts/serve.ts for its process, made here for any other (next dev, scripts, tests).
  get processId() {
    return process.env.SPOONPRESS_PROCESS_ID || processIdSlot.getOrCreate(() => newProcessId())
  },
  get authSecret() {
    const configured = process.env.AUTH_SECRET
    if (configured && configured.length < minimumSecretLength)
      throw new Error(`AUTH_SECRET must be at least ${minimumSecretLength} characters (or unset, to have one generated).`)
    return configured || generatedSecret('auth-secret')
  },
}

const processIdSlot = processGlobal<string>('process-id')

// next-auth builds every redirect and callback URL from AUTH_URL when it is set, and otherwise from
// the request (the listen address, or a Host header anyone can send). Point it at SITE_URL.
export function pointAuthAtSiteUrl(): void {
  process.env.AUTH_URL = `${env.siteUrl}/api/auth`
}

/** Shorter secrets (a truncated file, a placeholder) are never used. */
export const minimumSecretLength = 32

/** DATA_DIR holds the database, uploads and secrets: only this user may enter it. */
export function ensurePrivateDataDir(): string {
  const dir = env.dataDir
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 })
  return dir
}

// A secret is read on hot paths (every comment post checks its fill stamp against one), so its text
// is kept and the file read again only when it changes: a restore, another process replacing a weak
// file, a test. One stat instead of an open, a read and a close.
const secretFiles = new Map<string, { text: string; version: string }>()

function readSecretFile(file: string): string | null {
  const stats = statSync(file, { bigint: true, throwIfNoEntry: false })
  if (!stats) return null
  const version = `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`
  const kept = secretFiles.get(file)
  if (kept?.version === version) return kept.text
  const text = readFileSync(file, 'utf8').trim()
  secretFiles.set(file, { text, version })
  return text
}

// Secrets nobody configured are generated once and kept in DATA_DIR (never in git), so a fresh
// machine needs no .env and restarts keep sessions valid. An empty or short file (a failed write, a
// placeholder) is refused and replaced, never used: an empty HMAC key signs nothing.
export function generatedSecret(name: string): string {
  const file = path.join(env.dataDir, name)
  const existing = readSecretFile(file)
  if (existing !== null && existing.length >= minimumSecretLength) return existing
  ensurePrivateDataDir()
  const secret = randomBytes(32).toString('base64url')
  if (existing === null) {
    try {
      writeFileSync(file, secret, { flag: 'wx', mode: 0o600 })
      return secret
    } catch {
      // Another process wrote it first: use theirs if it is usable.
      const theirs = readSecretFile(file)
      if (theirs !== null && theirs.length >= minimumSecretLength) return theirs
    }
  }
  // Replace the unusable file in one step (write a temporary file, rename it over).
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  writeFileSync(temporary, secret, { flag: 'wx', mode: 0o600 })
  renameSync(temporary, file)
  console.warn(`Spoonpress: ${file} was empty or too short; a new secret was generated in its place.`)
  return readSecretFile(file) ?? secret
}
