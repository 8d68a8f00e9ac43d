import { postsFeedResponse } from '@/lib/server/feeds'

export async function GET(request: Request) {
  return postsFeedResponse(request, { kind: 'site' }, 'atom')
}
