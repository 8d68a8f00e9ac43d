import { revalidateTag } from 'next/cache'
import { getNextScheduledTime, publishDuePosts } from '@/db/queries/admin-posts'
import { cacheTags } from '@/lib/cache-tags'
import { env } from '@/lib/server/env'
import { invalidateCachedPages } from '@/lib/server/page-cache-registry'

// Publishes scheduled posts whose time has come. Called every few seconds by scripts/serve.ts from
// inside the server process (a per-process secret proves it), so nothing has to be set up outside:
// no cron job, no second service.
export async function POST(request: Request) {
  const token = env.internalToken
  if (!token || request.headers.get('x-spoonpress-internal') !== token) return new Response('Not found', { status: 404 })
  const published = await publishDuePosts(Date.now())
  if (published > 0) {
    revalidateTag(cacheTags.posts, { expire: 0 })
    revalidateTag(cacheTags.site, { expire: 0 })
    invalidateCachedPages()
  }
  return Response.json({ published, next: await getNextScheduledTime() })
}
