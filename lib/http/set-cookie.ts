// Set-Cookie lines written the way Next's cookies().set and .delete write them (path /, the value
// URI-encoded), for answers the front server gives itself (decision 0028), so a cookie reads back the
// same whichever of the two set it.

export type CookieToSet = { name: string; value: string; maxAgeSeconds: number; httpOnly: boolean; secure: boolean }

export function setCookieLine({ name, value, maxAgeSeconds, httpOnly, secure }: CookieToSet): string {
  return [`${name}=${encodeURIComponent(value)}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, secure && 'Secure', httpOnly && 'HttpOnly', 'SameSite=lax']
    .filter(Boolean)
    .join('; ')
}

export function removeCookieLine(name: string): string {
  return `${name}=; Path=/; Expires=${new Date(0).toUTCString()}`
}
