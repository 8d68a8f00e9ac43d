import 'server-only'
import { cached } from '@/db/queries/cached'
import { resolveReaderPath } from '@/db/queries/reader-pages'
import { env } from '@/lib/server/env'

// A post's print view (/print/{slug}): the post, and its approved comments when the reader ticked
// "Include the comments". Null for anything that is not a published post a stranger may read.
export async function loadPrintPage(slug: string, withComments: boolean) {
  const found = await resolveReaderPath([slug])
  if (!found || found.kind !== 'post' || found.commentPage !== 1 || found.post.isPasswordProtected) return null
  const { post } = found
  const [settings, comments] = await Promise.all([cached.settings(), withComments ? cached.approvedComments(post.id) : Promise.resolve([])])
  return { post, url: `${env.siteUrl}/${post.slug}`, siteTitle: settings.siteTitle, timeZone: settings.timeZone, comments, withComments }
}

export type PrintPageView = NonNullable<Awaited<ReturnType<typeof loadPrintPage>>>
