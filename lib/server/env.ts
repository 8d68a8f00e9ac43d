import 'server-only'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

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
  // Set by scripts/serve.ts for the requests it makes to itself (the scheduler); never configured.
  get internalToken() {
    return process.env.SPOONPRESS_INTERNAL_TOKEN || null
  },
  get authSecret() {
    return process.env.AUTH_SECRET || generatedSecret('auth-secret')
  },
}

// next-auth builds every redirect and callback URL from AUTH_URL when it is set, and otherwise from
// the request (the listen address, or a Host header anyone can send). Point it at SITE_URL.
export function pointAuthAtSiteUrl(): void {
  process.env.AUTH_URL = `${env.siteUrl}/api/auth`
}

// Secrets nobody configured are generated once and kept in DATA_DIR (never in git), so a fresh
// machine needs no .env and restarts keep sessions valid.
export function generatedSecret(name: string): string {
  const file = path.join(env.dataDir, name)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(env.dataDir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  try {
    writeFileSync(file, secret, { flag: 'wx', mode: 0o600 })
  } catch {
    // Another process wrote it first: use theirs.
    return readFileSync(file, 'utf8').trim()
  }
  return secret
}
