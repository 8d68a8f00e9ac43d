import { unsubscribeSubscriber } from '@/db/queries/subscribers'
import { generatedSecret } from '@/lib/server/env'
import { verifyUnsubscribeToken } from '@/lib/newsletter/tokens'

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here, with no
// session and no cookies. The signed token in the URL is the whole proof.
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const subscriberId = verifyUnsubscribeToken(token, generatedSecret('newsletter-secret'))
  if (subscriberId === null) return new Response('This unsubscribe link is not valid.', { status: 400 })
  await unsubscribeSubscriber(subscriberId, Date.now())
  return new Response('Unsubscribed.', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

// Older mail clients open the List-Unsubscribe address with GET: show them the page that asks.
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  return Response.redirect(new URL(`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, request.url), 303)
}
