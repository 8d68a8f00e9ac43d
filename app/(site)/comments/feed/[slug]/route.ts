import { commentsFeedResponse } from '@/lib/server/feeds'

// One post's comments: /{post}/feed is rewritten here by next.config.ts (docs/decisions/0012-feeds.md).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return commentsFeedResponse(request, (await params).slug)
}
