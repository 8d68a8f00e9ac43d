import { avatarSvg } from '@/lib/avatar'

// Locally generated avatars: no request ever leaves for an avatar service.
export async function GET(_request: Request, { params }: { params: Promise<{ seed: string }> }) {
  const { seed } = await params
  if (!/^[a-z0-9:-]{1,64}$/i.test(seed)) return new Response('Not found', { status: 404 })
  return new Response(avatarSvg(seed, 40), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}
