import { getNextScheduledTime, publishDuePosts } from '@/db/queries/admin-posts'
import { cacheTags } from '@/lib/cache-tags'
import { env } from '@/lib/server/env'
import { contentChanged } from '@/lib/server/cache'

// Publishes scheduled posts whose time has come. Called every few seconds by scripts/serve.ts from
// inside the server process (a per-process secret proves it), so nothing has to be set up outside:
// no cron job, no second service.
export async function POST(request: Request) {
  const token = env.internalToken
  if (!token || request.headers.get('x-spoonpress-internal') !== token) return new Response('Not found', { status: 404 })
  const published = await publishDuePosts(Date.now())
  if (published > 0) {
    contentChanged([cacheTags.posts, cacheTags.site], { from: 'job' })
  }
  return Response.json({ published, next: await getNextScheduledTime() })
}
