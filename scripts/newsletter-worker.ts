import 'server-only'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { closeDatabase } from '@/db/client'
import { listActiveSends } from '@/db/queries/newsletter-sends'
import { env } from '@/lib/server/env'
import { runNewsletterSends } from '@/lib/server/jobs/newsletter-sender'

// `tsx --conditions=react-server scripts/newsletter-worker.ts [--once]`: mails the posts the author
// has sent to the newsletter (lib/server/jobs/newsletter-sender.ts). Without --once it keeps watching for new
// sends, once a second; with --once it exits when no send is left in progress.
//
// Settings come through lib/server/env.ts (DATA_DIR, DATABASE_PATH, SITE_URL, SMTP_URL, MAIL_FROM), except
// NEWSLETTER_RATE, the most emails a second (default 20), which only this process reads: it is a
// property of the worker and of the mail provider's limits, not of the site.
//
// Each message opens its own SMTP connection unless SMTP_URL ends in ?pool=true (nodemailer's pool),
// which saves a connection (and a TLS handshake) per message on a long list.
//
// It can be stopped at any time, even with SIGKILL: progress is in the database and the next run
// resumes where this one stopped. SIGINT and SIGTERM stop it cleanly after the message in flight.
const { values } = parseArgs({ options: { once: { type: 'boolean', default: false } } })
const isOnce = values.once

const DEFAULT_RATE = 20
const configuredRate = Number(process.env.NEWSLETTER_RATE ?? DEFAULT_RATE)
const ratePerSecond = Number.isFinite(configuredRate) && configuredRate > 0 ? configuredRate : DEFAULT_RATE

// With --once, give up after this many runs in a row that sent nothing while sends are waiting (SMTP
// down, or another worker holds the lock), so a scheduled run never lingers. Without --once, retry
// with a growing pause instead, so an SMTP outage does not fill the outbox with failures.
const MAX_IDLE_RUNS_ONCE = 60
const MAX_PAUSE_MS = 60_000

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort())

if (env.siteUrl.startsWith('http://localhost')) {
  console.warn(`Newsletter: links in emails point to ${env.siteUrl}; set SITE_URL to the public address.`)
}

let idleRuns = 0
let exitCode = 0
try {
  while (!controller.signal.aborted) {
    const { sent } = await runNewsletterSends({ ratePerSecond, signal: controller.signal })
    if (sent > 0) console.log(`Newsletter: sent ${sent} email${sent === 1 ? '' : 's'}.`)
    const waitingCount = (await listActiveSends()).length
    if (isOnce && waitingCount === 0) break
    idleRuns = sent === 0 && waitingCount > 0 ? idleRuns + 1 : 0
    if (isOnce && idleRuns >= MAX_IDLE_RUNS_ONCE) {
      console.error('Newsletter: nothing could be sent for a while (is SMTP down, or another worker running?); the rest waits for the next run.')
      exitCode = 1
      break
    }
    const pauseMs = Math.min(MAX_PAUSE_MS, 1000 * 2 ** Math.max(0, idleRuns - 1))
    await sleep(isOnce ? 1000 : pauseMs, undefined, { signal: controller.signal }).catch(() => undefined)
  }
} finally {
  closeDatabase()
}
// Explicit: a pooled SMTP transport (SMTP_URL ...?pool=true) keeps idle sockets open that would hold the process.
process.exit(exitCode)
