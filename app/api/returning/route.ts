import { returningCookie } from '@/lib/http/page-cache'

// The first-visit variant's hidden image (components/returning-beacon.tsx): marks this browser as
// returning for its next page. The page itself stays cacheable by anyone because it sets no cookie;
// this answer is per-browser and never kept (docs/decisions/0026-shared-caches.md).
export const dynamic = 'force-dynamic'

// A transparent 1x1 GIF: an image that decodes, so no browser logs a broken image.
const transparentGif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

export function GET() {
  return new Response(transparentGif, {
    headers: {
      'Content-Type': 'image/gif',
      'Cache-Control': 'private, no-store',
      'Set-Cookie': `${returningCookie}=1; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`,
    },
  })
}
