import { postsFeedResponse } from '@/lib/server/feeds'

// RSS 2.0 of the newest posts. /feed/ (WordPress's form) reaches here through Next's trailing-slash
// redirect (docs/decisions/0012-feeds.md).
export async function GET(request: Request) {
  return postsFeedResponse(request, { kind: 'site' }, 'rss')
}
