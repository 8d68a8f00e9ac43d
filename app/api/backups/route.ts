import { env } from '@/lib/server/env'
import { runScheduledBackup } from '@/lib/server/backups/scheduled'
import { withJobLease } from '@/lib/server/jobs/lease'

// Takes the automatic backup when it is due (lib/backups/schedule.ts). Called every minute by
// scripts/serve.ts from inside the server process (a per-process secret proves it): no cron job. One
// process at a time: the one holding the job's lease, renewed while a long backup runs (decision 0025).
export async function POST(request: Request) {
  const token = env.internalToken
  if (!token || request.headers.get('x-spoonpress-internal') !== token) return new Response('Not found', { status: 404 })
  return Response.json((await withJobLease('backups', () => runScheduledBackup())) ?? { skipped: 'another process holds the lease' })
}
