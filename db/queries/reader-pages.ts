import 'server-only'
import { resolveCategoryPath } from '@/lib/content/breadcrumbs'
import { splitCommentPage, splitPagination } from '@/lib/content/pagination'
import { scoreRelated } from '@/lib/content/related'
import { decodePathSegments } from '@/lib/routes'
import { cached } from './cached'

// /{slug} and /{slug}/comment-page-N are posts; anything else is a page by its path in the page tree.
// Everything a post or page URL needs, from the tagged cached reads. Shared by the cached route
// (app/(site)/[visitor]/[...path]) and the per-reader conversation route (replying, pending comments).

export async function resolveReaderPath(path: readonly string[]) {
  const decoded = decodePathSegments(path)
  if (!decoded) return null
  const { segments, commentPage } = splitCommentPage(decoded)
  const post = segments.length === 1 ? await cached.postBySlug(segments[0] ?? '') : null
  if (post) return { kind: 'post' as const, post, commentPage }
  if (commentPage !== 1) return null
  const page = await cached.pageByPath(segments)
  return page ? { kind: 'page' as const, ...page } : null
}

// Archive URLs: /category/{a}/{b}[/page/N], /tag/{slug}[/page/N], /author/{slug}[/page/N]. Each
// returns what the archive shows and the list page, or null when the path names nothing (the page
// then decides between an old-URL redirect and 404).
export async function resolveCategoryArchive(path: readonly string[]) {
  const split = splitPagination(path)
  const segments = split ? decodePathSegments(split.segments) : null
  if (!split || !segments) return null
  const all = await cached.categories()
  const category = resolveCategoryPath(segments, all)
  return category ? { category, page: split.page, all } : null
}

async function singleSlugArchive(path: readonly string[]) {
  const split = splitPagination(path)
  if (!split || split.segments.length !== 1) return null
  const slug = decodePathSegments(split.segments)?.[0]
  return slug === undefined ? null : { slug, page: split.page }
}

export async function resolveTagArchive(path: readonly string[]) {
  const found = await singleSlugArchive(path)
  const tag = found ? await cached.tagBySlug(found.slug) : null
  return found && tag ? { tag, page: found.page } : null
}

export async function resolveAuthorArchive(path: readonly string[]) {
  const found = await singleSlugArchive(path)
  const author = found ? await cached.authorBySlug(found.slug) : null
  return found && author ? { author, page: found.page } : null
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
