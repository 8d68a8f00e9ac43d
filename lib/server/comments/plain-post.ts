import 'server-only'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readCookie } from '@/lib/comfort/comfort'
import { commenterCookie, pendingCookie } from '@/lib/comments/cookies'
import { plainCommentPostField } from '@/lib/comments/comment-form'
import { removeCookieLine, setCookieLine } from '@/lib/http/set-cookie'
import { announceContentChange } from '@/lib/server/content-change-log'
import { postComment } from './post-comment'

// The comment form posted without JavaScript, answered by the front server itself, as WordPress's
// wp-comments-post.php answers it (decision 0028): Next's handling of a server-action form post cost
// more than the comment's own work, and this is the path every reader without JavaScript (and every
// spam bot) takes. The rule is the same function the server action calls (post-comment.ts). Only a
// comment that is stored is answered here; anything else (a refusal, which stores nothing, another
// form, a body too large to read first) goes on to Next untouched, which renders the page with the
// messages and everything typed kept.

// Far above the longest comment the form accepts (lib/field-limits.ts), in UTF-8, with its fields.
const maxBodyBytes = 300_000

/** Whether a request could be the plain comment form post: only then is its body read here first. */
export function mayBeCommentFormPost(request: IncomingMessage): boolean {
  const headers = request.headers
  if (request.method !== 'POST' || headers['next-action'] !== undefined) return false
  if (!(headers['content-type'] ?? '').startsWith('multipart/form-data')) return false
  const length = Number(headers['content-length'])
  return Number.isInteger(length) && length > 0 && length <= maxBodyBytes
}

/**
 * Answers the plain comment form post when the comment was stored, and says so (true). Otherwise the
 * request is left as it arrived, body included, for Next (false). `isSecure`: cookies get Secure.
 */
export async function answerPlainCommentPost(request: IncomingMessage, response: ServerResponse, isSecure: boolean): Promise<boolean> {
  const body = await peekBody(request, Number(request.headers['content-length']))
  // Every `return false` below leaves the body in the request: Next reads it as if nothing happened.
  if (!body) return false
  // The form's own origin only, as Next checks a server action's (no Origin: Next decides).
  if (!isSameOrigin(request)) return false
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData()
  } catch {
    return false
  }
  if (form.get(plainCommentPostField.name) !== plainCommentPostField.value) return false

  const cookieHeader = request.headers['cookie']
  let result: Awaited<ReturnType<typeof postComment>>
  try {
    result = await postComment(form, {
      // Set by scripts/serve.ts from the socket before this runs, overwriting anything the client sent.
      ip: String(request.headers['x-spoonpress-ip'] ?? ''),
      userAgent: String(request.headers['user-agent'] ?? ''),
      browserKey: safeDecode(readCookie(cookieHeader, pendingCookie) ?? ''),
      hasCommenterCookie: readCookie(cookieHeader, commenterCookie) !== undefined,
    })
  } catch (error) {
    // Nothing was stored (the insert is the last step that can fail, in its own transaction): Next
    // tries again and shows its error page if it fails too.
    console.error('Could not post a comment', error)
    return false
  }
  if (result.kind === 'refused') return false
  request.resume()
  // Outside Next, this process cannot expire Next's caches itself: the change log tells every
  // process, this one included, before its next outside request (decision 0025).
  if (result.changedTags.length > 0) await announceContentChange(result.changedTags, { appliedHere: false })
  const cookies = result.cookies.map((cookie) => ('remove' in cookie ? removeCookieLine(cookie.name) : setCookieLine({ ...cookie, secure: isSecure })))
  response.writeHead(303, {
    location: result.location,
    'set-cookie': cookies,
    'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    'content-length': '0',
  })
  response.end()
  return true
}

// Against the Host only: scripts/serve.ts has already removed any X-Forwarded-Host a client sent.
function isSameOrigin(request: IncomingMessage): boolean {
  const { origin, host } = request.headers
  if (!origin || !host) return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return ''
  }
}

// Reads the declared body and puts it straight back (unshift), in the same tick: the request is left
// as it arrived, for Next to read from the start, or for this module to drain once it has answered.
// Put back at once because a stream that has given up its last byte ends on the next tick, and an
// ended stream takes nothing back. Null when the client went away before sending it all.
function peekBody(request: IncomingMessage, length: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let received = 0
    const stopListening = () => {
      request.off('readable', onReadable)
      request.off('end', onEnd)
      request.off('error', onEnd)
    }
    const onReadable = () => {
      let chunk: Buffer | null
      while (received < length && (chunk = request.read() as Buffer | null) !== null) {
        chunks.push(chunk)
        received += chunk.length
      }
      if (received < length) return
      stopListening()
      const body = Buffer.concat(chunks)
      request.unshift(body)
      resolve(body)
    }
    const onEnd = () => {
      stopListening()
      resolve(null)
    }
    request.on('readable', onReadable)
    request.on('end', onEnd)
    request.on('error', onEnd)
  })
}
