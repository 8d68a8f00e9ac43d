import { getNextScheduledTime, publishDuePosts } from '@/db/queries/admin-posts'
import { cacheTags } from '@/lib/cache-tags'
import { env } from '@/lib/server/env'
import { contentChanged } from '@/lib/server/cache'
import { withJobLease } from '@/lib/server/jobs/lease'

// Publishes scheduled posts whose time has come. Called every few seconds by scripts/serve.ts from
// inside the server process (a per-process secret proves it), so nothing has to be set up outside:
// no cron job, no second service. Every web process calls it; the one holding the job's lease runs it
// (docs/decisions/0025-many-processes.md), and publishing is one conditional update, so a post goes
// live once.
export async function POST(request: Request) {
  const token = env.internalToken
  if (!token || request.headers.get('x-spoonpress-internal') !== token) return new Response('Not found', { status: 404 })
  const ran = await withJobLease('scheduler', async () => {
    const published = await publishDuePosts(Date.now())
    if (published > 0) {
      await contentChanged([cacheTags.posts, cacheTags.site], { from: 'job' })
    }
    return { published, next: await getNextScheduledTime() }
  })
  return Response.json(ran ?? { skipped: 'another process holds the lease' })
}
