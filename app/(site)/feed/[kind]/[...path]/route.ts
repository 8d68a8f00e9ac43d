import { postsFeedResponse } from '@/lib/server/feeds'

// /category/{path}/feed, /tag/{slug}/feed and /author/{slug}/feed, rewritten here by next.config.ts.
export async function GET(request: Request, { params }: { params: Promise<{ kind: string; path: string[] }> }) {
  const { kind, path } = await params
  const [first = ''] = path
  if (kind === 'category') return postsFeedResponse(request, { kind, path }, 'rss')
  if ((kind === 'tag' || kind === 'author') && path.length === 1) return postsFeedResponse(request, { kind, slug: first }, 'rss')
  return new Response('Not found', { status: 404 })
}
