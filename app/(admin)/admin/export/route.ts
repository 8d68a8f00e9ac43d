import { getSignedInAuthor } from '@/lib/server/auth/gate'
import { env } from '@/lib/server/env'
import { exportWxr } from '@/lib/server/export/wxr'

export const dynamic = 'force-dynamic'

// The Export button: the whole site as WXR, streamed. Signed-in only (it holds commenters' emails);
// a route handler answers strangers with 401 rather than redirecting.
export async function GET() {
  if (!(await getSignedInAuthor())) {
    return new Response('Please sign in.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const pieces = exportWxr(env.siteUrl)
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
    async cancel() {
      await pieces.return(undefined)
    },
  })
  const date = new Date().toISOString().slice(0, 10)
  return new Response(body, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="spoonpress-${date}.xml"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
