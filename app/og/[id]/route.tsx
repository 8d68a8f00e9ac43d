import { ImageResponse } from 'next/og'
import { cached } from '@/db/queries/cached'
import { cardText } from '@/lib/seo/card'

// The share card for a post or page without a featured image (/og/{id}), and the site's (/og/site):
// drawn here with next/og's bundled font, no network (lib/seo/card.ts keeps only drawable text).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const settings = await cached.settings()
  const found = id === 'site' ? { title: settings.tagline || settings.siteTitle } : /^\d{1,9}$/.test(id) ? await cached.publishedTitle(Number(id)) : null
  if (!found) return new Response('Not found', { status: 404 })
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px',
        background: '#fbf8f3',
        color: '#2b2622',
        borderTop: '24px solid #b4552d',
      }}
    >
      <div style={{ display: 'flex', fontSize: 64, lineHeight: 1.2, fontWeight: 700 }}>{cardText(found.title) || cardText(settings.siteTitle)}</div>
      <div style={{ display: 'flex', fontSize: 36, color: '#6b635b' }}>{cardText(settings.siteTitle, 60)}</div>
    </div>,
    { width: 1200, height: 630, headers: { 'Cache-Control': 'public, max-age=3600' } },
  )
}
