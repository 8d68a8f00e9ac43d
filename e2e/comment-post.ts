// Posting the comment form the way a browser without JavaScript does: read the form from the page
// (the server action's hidden fields and the server-signed fill-time stamp), then post it as
// multipart. Used where many comments must be posted quickly, outside a browser: the crash and
// backup journeys (e2e/nothing-lost.spec.ts) and the benchmark (scripts/bench.ts).

export type CommentFormFields = Record<string, string>

/** The hidden fields of the comment form on `postPath` (not the newsletter forms on the same page). */
export async function readCommentForm(origin: string, postPath: string): Promise<CommentFormFields> {
  const page = await (await fetch(`${origin}${postPath}`)).text()
  const forms = [...page.matchAll(/<form[^>]*encType="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1] ?? '')
  const form = forms.find((candidate) => candidate.includes('name="postId"')) ?? ''
  if (!form) throw new Error(`no comment form on ${postPath}`)
  const hidden: CommentFormFields = {}
  for (const match of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(match[1] ?? '')?.[1]
    const value = /value="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? ''
    // Every hidden field, as a browser sends them: Next's action fields, the post, the fill-time stamp
    // and the form's own name (lib/comments/comment-form.ts).
    if (name && /type="hidden"/.test(match[1] ?? '')) hidden[name] = value.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  }
  return hidden
}

export const multipartBoundary = 'spoonpresscommentform'

export function multipartBody(fields: Record<string, string>): string {
  return (
    Object.entries(fields)
      .map(([name, value]) => `--${multipartBoundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('') + `--${multipartBoundary}--\r\n`
  )
}

/**
 * Posts one comment; resolves with the stored comment's id when the server answered with success (the
 * redirect to the comment), null for any other answer. Rejects when the connection fails.
 */
export async function postComment(origin: string, postPath: string, hidden: CommentFormFields, fields: Record<string, string>): Promise<number | null> {
  const response = await fetch(`${origin}${postPath}`, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${multipartBoundary}` },
    body: multipartBody({ ...hidden, url: '', website_confirm: '', ...fields }),
    redirect: 'manual',
  })
  await response.arrayBuffer()
  const location = response.headers.get('location') ?? ''
  const id = /#comment-(\d+)$/.exec(location)?.[1]
  return response.status === 303 && id ? Number(id) : null
}
