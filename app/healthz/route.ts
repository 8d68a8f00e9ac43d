import { checkHealth } from '@/lib/server/health'

// For uptime monitors and load balancers: 200 when the site can keep what it is given, 503 when not
// (lib/health/report.ts says which facts fail it), with the facts as JSON either way.
export const dynamic = 'force-dynamic'

export async function GET() {
  const report = await checkHealth()
  return Response.json(report, { status: report.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
