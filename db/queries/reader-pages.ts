import 'server-only'
import { splitCommentPage } from '@/lib/content/pagination'
import { scoreRelated } from '@/lib/content/related'
import { cached } from './cached'

// /{slug} and /{slug}/comment-page-N are posts; anything else is a page by its path in the page tree.
// Everything a post or page URL needs, from the tagged cached reads. Shared by the cached route
// (app/(site)/[visitor]/[...path]) and the per-reader conversation route (replying, pending comments).


export async function resolveReaderPath(path: readonly string[]) {
  const decoded = path.map((segment) => decodeURIComponent(segment))
  const { segments, commentPage } = splitCommentPage(decoded)
  const post = segments.length === 1 ? await cached.postBySlug(segments[0] ?? '') : null
  if (post) return { kind: 'post' as const, post, commentPage }
  if (commentPage !== 1) return null
  const page = await cached.pageByPath(segments)
  return page ? { kind: 'page' as const, ...page } : null
}

export async function loadPostContext(postId: number) {
  const [settings, categories, comments, candidates, author] = await Promise.all([
    cached.settings(),
    cached.categories(),
    cached.approvedComments(postId),
    cached.relationCandidates(),
    cached.siteAuthor(),
  ])
  const target = candidates.find((candidate) => candidate.id === postId)
  const relatedIds = target ? scoreRelated(target, candidates, 4) : []
  const related = relatedIds.flatMap((id) => candidates.filter((candidate) => candidate.id === id))
  return { settings, categories, comments, related, author }
}
