import 'server-only'
import { cookies, headers } from 'next/headers'
import { comfortCookie, parseComfort, safeReturnPath, type Comfort } from '@/lib/comfort/comfort'
import { routes } from '@/lib/routes'
import { env } from './env'

// The comfort settings page: the reader's current choices, and the page on this site they came from
// (the Referer, when it is ours), to send them back to after saving.
export async function loadComfortPage(): Promise<{ comfort: Comfort; returnPath: string }> {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()])
  const comfort = parseComfort(cookieStore.get(comfortCookie)?.value)
  const savedHere = `${routes.comfort}?saved=1`
  const referer = requestHeaders.get('referer') ?? ''
  const origin = new URL(env.siteUrl).origin
  let returnPath = savedHere
  if (referer.startsWith(`${origin}/`)) {
    const path = referer.slice(origin.length)
    if (!path.startsWith(routes.comfort)) returnPath = safeReturnPath(path, savedHere)
  }
  return { comfort, returnPath }
}
