import { z } from 'zod'
import { env } from '@/lib/server/env'
import { expireTagsFromElsewhere } from '@/lib/server/cache'

const changedTags = z.object({ tags: z.array(z.string().min(1).max(200)).max(1000) })

// Expires in this process's Next cache the tags another process changed. Posted by scripts/serve.ts
// from inside this process (a per-process secret proves it) when the change log in SQLite has rows
// from elsewhere (docs/decisions/0025-many-processes.md); revalidateTag needs a request, hence a route.
export async function POST(request: Request) {
  const token = env.internalToken
  if (!token || request.headers.get('x-spoonpress-internal') !== token) return new Response('Not found', { status: 404 })
  const parsed = changedTags.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return new Response('Bad request', { status: 400 })
  expireTagsFromElsewhere(parsed.data.tags)
  return Response.json({ expired: parsed.data.tags.length })
}
