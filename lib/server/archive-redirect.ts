import 'server-only'
import { notFound, permanentRedirect } from 'next/navigation'
import { cached } from '@/db/queries/cached'
import { oldArchiveLookup } from '@/lib/taxonomy/redirects'
import { canonicalPath } from '@/lib/wxr/map'

// For an archive path that resolves to no category or tag: a renamed, moved or merged term's old URL
// answers 308 to its new one (the redirects table, read through a cached read tagged `site`), with
// any /page/N tail kept; anything else is a 404.
export async function redirectOldArchiveOrNotFound(kind: 'category' | 'tag', path: string[]): Promise<never> {
  const old = oldArchiveLookup(kind, path)
  const target = old ? await cached.redirectTarget(old.fromPath) : null
  if (old && target) permanentRedirect(`${target}${old.pageSuffix}`)
  notFound()
}

// For a post or page path that resolves to nothing: an imported WordPress address (/2012/01/03/slug,
// an attachment page) answers 308 to where the item lives now; anything else is a 404.
export async function redirectOldPathOrNotFound(path: readonly string[]): Promise<never> {
  const fromPath = canonicalPath(path.join('/'))
  const target = fromPath ? await cached.redirectTarget(fromPath) : null
  if (target) permanentRedirect(target)
  notFound()
}
