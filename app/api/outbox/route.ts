import { env } from '@/lib/server/env'
import { withJobLease } from '@/lib/server/jobs/lease'
import { deliverDueOutbox } from '@/lib/server/mail/outbox-sender'

// Delivers queued emails whose time has come. Called every few seconds by scripts/serve.ts from
// inside the server process (a per-process secret proves it), so mail goes out with nothing set up
// beside the site, and what a crash or an SMTP outage held back goes out afterwards. One process at a
// time: the one holding the job's lease (docs/decisions/0025-many-processes.md).
export async function POST(request: Request) {
  const token = env.internalToken
  if (!token || request.headers.get('x-spoonpress-internal') !== token) return new Response('Not found', { status: 404 })
  return Response.json((await withJobLease('outbox', () => deliverDueOutbox())) ?? { skipped: 'another process holds the lease' })
}
