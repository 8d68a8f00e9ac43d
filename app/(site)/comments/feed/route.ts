import { commentsFeedResponse } from '@/lib/server/feeds'

export async function GET(request: Request) {
  return commentsFeedResponse(request, null)
}
