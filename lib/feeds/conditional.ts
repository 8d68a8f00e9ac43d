import { createHash } from 'node:crypto'

// Conditional GET for feeds and the sitemap (RFC 9110 §13): feed readers poll often, and a 304 costs
// them and us almost nothing. If-None-Match wins over If-Modified-Since when both are sent.

export type Validators = { etag: string; lastModified: number }

export function validatorsFor(body: string, lastModified: number): Validators {
  return { etag: `"${createHash('sha1').update(body).digest('base64url')}"`, lastModified }
}

// HTTP dates have whole seconds.
const toSeconds = (ms: number) => Math.floor(ms / 1000)

export function isNotModified(request: { ifNoneMatch: string | null; ifModifiedSince: string | null }, validators: Validators): boolean {
  if (request.ifNoneMatch !== null) {
    const tags = request.ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
    return tags.includes('*') || tags.includes(validators.etag)
  }
  if (request.ifModifiedSince !== null) {
    const since = Date.parse(request.ifModifiedSince)
    return Number.isFinite(since) && toSeconds(validators.lastModified) <= toSeconds(since)
  }
  return false
}

/** The response for a feed-like document: 304 with the validators, or 200 with the body. */
export function conditionalResponse(request: Request, body: string, contentType: string, lastModified: number): Response {
  const validators = validatorsFor(body, lastModified)
  const headers = {
    ETag: validators.etag,
    'Last-Modified': new Date(toSeconds(lastModified) * 1000).toUTCString(),
    // Readers may keep it a few minutes but must ask again after that; the validators make asking cheap.
    'Cache-Control': 'public, max-age=0, must-revalidate',
  }
  const conditions = { ifNoneMatch: request.headers.get('if-none-match'), ifModifiedSince: request.headers.get('if-modified-since') }
  if (isNotModified(conditions, validators)) return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'Content-Type': contentType } })
}
