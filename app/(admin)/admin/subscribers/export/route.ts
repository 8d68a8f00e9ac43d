import { listSubscribersForExport } from '@/db/queries/subscribers'
import { getSignedInAuthor } from '@/lib/server/auth/gate'
import { toCsv } from '@/lib/newsletter/csv'

export const dynamic = 'force-dynamic'

// The "Export CSV" link. A route handler answers strangers with 401 rather than redirecting.
export async function GET() {
  if (!(await getSignedInAuthor())) {
    return new Response('Please sign in.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const csv = toCsv(await listSubscribersForExport())
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="subscribers.csv"',
      'Cache-Control': 'private, no-store',
    },
  })
}
