import 'server-only'
import { notFound, permanentRedirect } from 'next/navigation'
import { cached } from '@/db/queries/cached'
import { oldArchiveLookup } from '@/lib/taxonomy/redirects'

// For an archive path that resolves to no category or tag: a renamed, moved or merged term's old URL
// answers 308 to its new one (the redirects table, read through a cached read tagged `site`), with
// any /page/N tail kept; anything else is a 404.
export async function redirectOldArchiveOrNotFound(kind: 'category' | 'tag', path: string[]): Promise<never> {
  const old = oldArchiveLookup(kind, path)
  const target = old ? await cached.redirectTarget(old.fromPath) : null
  if (old && target) permanentRedirect(`${target}${old.pageSuffix}`)
  notFound()
}
