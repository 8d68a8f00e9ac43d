import { NextResponse } from 'next/server'
import { comfortCookie, comfortFromForm, defaultComfort, safeReturnPath, serializeComfort } from '@/lib/comfort/comfort'
import { routes } from '@/lib/routes'
import { env } from '@/lib/server/env'

const year = 60 * 60 * 24 * 365

// The reading comfort form posts here (with or without JavaScript): one cookie holding the known
// choices only, then back to the page the reader came from (docs/decisions/0021-reading-comfort.md).
export async function POST(request: Request) {
  const origin = request.headers.get('origin')
  if (origin !== null && origin !== new URL(env.siteUrl).origin) return new Response('This form can only be sent from this site.', { status: 403 })
  const form = await request.formData()
  const comfort = form.get('reset') ? defaultComfort : comfortFromForm((setting) => form.get(setting))
  const value = serializeComfort(comfort)
  const back = safeReturnPath(form.get('back'), `${routes.comfort}?saved=1`)
  const response = new NextResponse(null, { status: 303, headers: { location: `${env.siteUrl}${back}` } })
  if (value) {
    response.cookies.set(comfortCookie, value, {
      path: '/',
      maxAge: year,
      sameSite: 'lax',
      httpOnly: true,
      secure: request.headers.get('x-spoonpress-secure') === '1',
    })
  } else {
    response.cookies.delete(comfortCookie)
  }
  return response
}
