import type { APIRequestContext } from '@playwright/test'

// Posts the comment form the way a browser without JavaScript does (multipart, with the hidden
// fields Next renders for the server action), but with fields the page would never produce: forged
// parents, missing posts, hostile values, or a hundred at once.
export async function loadFormFields(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const html = await (await request.get(path, { headers: { cookie: '' } })).text()
  const form = /<form[^>]*encType="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? ''
  const fields: Record<string, string> = {}
  for (const match of form.matchAll(/<input([^>]*)>/g)) {
    const attributes = match[1] ?? ''
    const name = /name="([^"]*)"/.exec(attributes)?.[1]
    if (!name || !(name.startsWith('$ACTION') || name === 'postId' || name === 'startedAt')) continue
    fields[name.replace(/&amp;/g, '&')] = (/value="([^"]*)"/.exec(attributes)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  }
  if (!Object.keys(fields).some((name) => name.startsWith('$ACTION'))) throw new Error(`no comment form on ${path}`)
  return fields
}

export async function postRawComment(
  request: APIRequestContext,
  path: string,
  actionFields: Record<string, string>,
  fields: Record<string, string>,
) {
  return request.post(path, { multipart: { ...actionFields, ...fields }, maxRedirects: 0, headers: { cookie: '' } })
}
