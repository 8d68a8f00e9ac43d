import type { APIRequestContext } from '@playwright/test'

// Posts the comment form the way a browser without JavaScript does (multipart, with the hidden
// fields Next renders for the server action), but with fields the page would never produce: forged
// parents, missing posts, hostile values, or a hundred at once.
// A page may hold several forms (the comment form, newsletter signups): pick the one with `field`.
export async function loadFormFields(request: APIRequestContext, path: string, field = 'postId'): Promise<Record<string, string>> {
  const html = await (await request.get(path, { headers: { cookie: '' } })).text()
  const forms = [...html.matchAll(/<form[^>]*encType="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1] ?? '')
  const form = forms.find((candidate) => candidate.includes(`name="${field}"`)) ?? ''
  const fields: Record<string, string> = {}
  for (const match of form.matchAll(/<input([^>]*)>/g)) {
    const attributes = match[1] ?? ''
    const name = /name="([^"]*)"/.exec(attributes)?.[1]
    if (!name || !(name.startsWith('$ACTION') || name === 'postId' || name === 'startedAt' || name === 'source')) continue
    fields[name.replace(/&amp;/g, '&')] = (/value="([^"]*)"/.exec(attributes)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  }
  if (!Object.keys(fields).some((name) => name.startsWith('$ACTION'))) throw new Error(`no comment form on ${path}`)
  return fields
}

export async function postRawComment(request: APIRequestContext, path: string, actionFields: Record<string, string>, fields: Record<string, string>) {
  return request.post(path, { multipart: { ...actionFields, ...fields }, maxRedirects: 0, headers: { cookie: '' } })
}
