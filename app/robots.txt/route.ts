import { env } from '@/lib/server/env'
import { buildRobotsTxt } from '@/lib/sitemap/sitemap'

// Per request, not at build time: SITE_URL is read when the server runs.
export const dynamic = 'force-dynamic'

export async function GET() {
  return new Response(buildRobotsTxt(env.siteUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
