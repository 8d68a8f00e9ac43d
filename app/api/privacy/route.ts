import { env } from '@/lib/server/env'
import { withJobLease } from '@/lib/server/jobs/lease'
import { runRetention } from '@/lib/server/privacy/retention'

// The privacy retention job (lib/server/privacy/retention.ts). Called hourly by scripts/serve.ts from
// inside the server process (a per-process secret proves it), like the scheduler, and run by the one
// process holding the job's lease (docs/decisions/0025-many-processes.md).
export async function POST(request: Request) {
  const token = env.internalToken
  if (!token || request.headers.get('x-spoonpress-internal') !== token) return new Response('Not found', { status: 404 })
  return Response.json((await withJobLease('privacy', () => runRetention(Date.now()))) ?? { skipped: 'another process holds the lease' })
}
