import { getPersonalData } from '@/db/queries/privacy'
import { getSignedInAuthor } from '@/lib/server/auth/gate'
import { personalDataEmail } from '@/lib/privacy/schema'

export const dynamic = 'force-dynamic'

// "Export personal data" on /admin/privacy: everything held about one email address, as JSON.
// A route handler answers strangers with 401 rather than redirecting.
export async function GET(request: Request) {
  if (!(await getSignedInAuthor())) {
    return new Response('Please sign in.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const email = personalDataEmail.safeParse(new URL(request.url).searchParams.get('email') ?? '')
  if (!email.success) return new Response('Please enter an email address.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const data = await getPersonalData(email.data)
  const fileName = `personal-data-${email.data.replace(/[^a-z0-9]+/g, '-')}.json`
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
