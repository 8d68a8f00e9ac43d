import { getSettings } from '@/db/queries/settings'
import { env } from '@/lib/server/env'
import { runNewsletterSends } from '@/lib/server/jobs/newsletter-sender'

// Sends the next batch of any newsletter in progress. Called every few seconds by scripts/serve.ts
// from inside the server process (a per-process secret proves it): sending survives restarts because
// every step is recorded in the database, and nothing has to run beside the site. The sender itself
// takes the 'newsletter' job lease, so one process sends at a time (docs/decisions/0025-many-processes.md).
export async function POST(request: Request) {
  const token = env.internalToken
  if (!token || request.headers.get('x-spoonpress-internal') !== token) return new Response('Not found', { status: 404 })
  const settings = await getSettings()
  const { sent } = await runNewsletterSends({ ratePerSecond: settings.newsletterRatePerSecond, maxMessages: settings.newsletterRatePerSecond * 5 })
  return Response.json({ sent })
}
