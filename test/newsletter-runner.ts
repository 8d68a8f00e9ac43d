import { setTimeout as sleep } from 'node:timers/promises'
import { closeDatabase } from '@/db/client'
import { listActiveSends } from '@/db/queries/newsletter-sends'
import { runNewsletterSends } from '@/lib/server/jobs/newsletter-sender'

// A process of its own running the one newsletter runner (the function `npm start` calls through
// /api/newsletter) until no send is left, so the crash test has something to kill with SIGKILL.
// `tsx --conditions=react-server test/newsletter-runner.ts RATE [LEASE_MS]`; settings come from the
// environment like the server's (DATA_DIR, SMTP_URL, SITE_URL). A short lease lets the next runner take
// over soon after this one is killed (the server's default is 15 s).
const ratePerSecond = Number(process.argv[2] ?? 20)
const leaseMs = process.argv[3] ? Number(process.argv[3]) : undefined

try {
  while ((await listActiveSends()).length > 0) {
    const { sent } = await runNewsletterSends({ ratePerSecond, leaseMs })
    // Nothing sent while sends wait: another runner holds the lease, or SMTP refused; try again shortly.
    if (sent === 0) await sleep(250)
  }
} finally {
  closeDatabase()
}
// A pooled SMTP transport keeps idle sockets open that would hold the process.
process.exit(0)
