import { getRedirectTarget } from '@/db/queries/redirects'

// Old WordPress query-string links (/?p=12, /?page_id=2, /?cat=5, /?attachment_id=7) arrive here
// through the rewrite in next.config.ts and answer 308 to the item's new address (docs/decisions/0017).
const keys: ReadonlySet<string> = new Set(['p', 'page_id', 'cat', 'attachment_id'])

type Props = { params: Promise<{ key: string; id: string }> }

export async function GET(_request: Request, { params }: Props) {
  const { key, id } = await params
  const target = keys.has(key) && /^\d{1,12}$/.test(id) ? await getRedirectTarget(`/?${key}=${id}`) : null
  if (!target) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(null, { status: 308, headers: { location: target } })
}
