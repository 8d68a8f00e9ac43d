import 'server-only'
import { cached } from '@/db/queries/cached'
import type { FeedComment, FeedPost } from '@/db/queries/feeds'
import type { PostListFilter } from '@/db/queries/posts'
import { categoryHref, resolveCategoryPath } from '@/lib/content/breadcrumbs'
import { categoryAndDescendantIds } from '@/lib/content/category-tree'
import { excerptFromHtml, excerptOfText } from '@/lib/content/excerpt'
import { env } from '@/lib/server/env'
import { buildAtom } from '@/lib/feeds/atom'
import { conditionalResponse } from '@/lib/feeds/conditional'
import { commentHtml, feedEntryHtml } from '@/lib/feeds/content'
import { buildRss } from '@/lib/feeds/rss'
import type { FeedChannel, FeedEntry } from '@/lib/feeds/types'

// The feed route handlers' one job: find what the feed mirrors (through the tagged cached reads, so a
// write that changes the pages changes the feeds), build it with lib/feeds, answer conditionally.

export const feedItemCount = 10
const rssType = 'application/rss+xml; charset=utf-8'
const atomType = 'application/atom+xml; charset=utf-8'

export type PostFeedSource = { kind: 'site' } | { kind: 'category'; path: string[] } | { kind: 'tag'; slug: string } | { kind: 'author'; slug: string }

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

async function resolveSource(source: PostFeedSource): Promise<{ filter: PostListFilter; name: string | null; path: string } | null> {
  if (source.kind === 'site') return { filter: {}, name: null, path: '' }
  if (source.kind === 'category') {
    const all = await cached.categories()
    const category = resolveCategoryPath(source.path.map(decode), all)
    return category ? { filter: { categoryIds: categoryAndDescendantIds(category.id, all) }, name: category.name, path: categoryHref(category.id, all) } : null
  }
  if (source.kind === 'tag') {
    const tag = await cached.tagBySlug(decode(source.slug))
    return tag ? { filter: { tagId: tag.id }, name: tag.name, path: `/tag/${tag.slug}` } : null
  }
  const author = await cached.authorBySlug(decode(source.slug))
  return author ? { filter: { authorId: author.id }, name: author.name, path: `/author/${author.slug}` } : null
}

const postUpdated = (post: FeedPost) => Math.max(post.publishedAt ?? 0, post.updatedAt ?? 0, post.lastReviewedAt ?? 0, post.modifiedAt)

function postEntry(post: FeedPost, isFull: boolean): FeedEntry {
  const site = env.siteUrl
  return {
    id: `${site}/?p=${post.id}`,
    title: post.title,
    link: `${site}/${post.slug}`,
    published: post.publishedAt ?? post.modifiedAt,
    updated: postUpdated(post),
    authorName: post.author.name,
    categories: [...post.categories, ...post.tags].map((term) => term.name),
    summary: post.excerpt || excerptFromHtml(post.body, 55),
    contentHtml: isFull ? feedEntryHtml(post, site) : null,
    enclosure: post.image ? { url: `${site}${post.image.url}`, type: post.image.mimeType, length: post.image.sizeBytes } : null,
    commentsLink: `${site}/${post.slug}#comments`,
  }
}

export async function postsFeedResponse(request: Request, source: PostFeedSource, format: 'rss' | 'atom'): Promise<Response> {
  const [resolved, settings, author] = await Promise.all([resolveSource(source), cached.settings(), cached.siteAuthor()])
  if (!resolved) return notFound()
  const posts = await cached.feedPosts(resolved.filter, feedItemCount)
  const entries = posts.map((post) => postEntry(post, settings.feedContent === 'full'))
  const site = env.siteUrl
  const feedPath = format === 'atom' ? `${resolved.path}/feed/atom` : `${resolved.path}/feed`
  const channel: FeedChannel = {
    title: resolved.name ? `${settings.siteTitle} » ${resolved.name}` : settings.siteTitle,
    link: `${site}${resolved.path || '/'}`,
    selfUrl: `${site}${feedPath}`,
    description: settings.tagline,
    language: 'en',
    updated: Math.max(0, ...entries.map((entry) => entry.updated)),
  }
  const body = format === 'atom' ? buildAtom(channel, entries, author?.name ?? settings.siteTitle) : buildRss(channel, entries)
  return conditionalResponse(request, body, format === 'atom' ? atomType : rssType, channel.updated)
}

function commentEntry(comment: FeedComment): FeedEntry {
  const site = env.siteUrl
  return {
    id: `${site}/?p=${comment.postId}#comment-${comment.id}`,
    title: `Comment on ${comment.postTitle} by ${comment.authorName}`,
    link: `${site}/${comment.postSlug}#comment-${comment.id}`,
    published: comment.createdAt,
    updated: comment.createdAt,
    authorName: comment.authorName,
    categories: [],
    summary: excerptOfText(comment.body, 55),
    contentHtml: commentHtml(comment.body),
    enclosure: null,
  }
}

// The whole site's comments (/comments/feed) or one post's (/{post}/feed, rewritten in next.config.ts).
export async function commentsFeedResponse(request: Request, postSlug: string | null): Promise<Response> {
  const [settings, post] = await Promise.all([cached.settings(), postSlug === null ? null : cached.postBySlug(decode(postSlug))])
  if (postSlug !== null && !post) return notFound()
  const comments = await cached.feedComments(post?.id ?? null, feedItemCount * 2)
  const entries = comments.map(commentEntry)
  const site = env.siteUrl
  const channel: FeedChannel = {
    title: post ? `Comments on: ${post.title}` : `Comments for ${settings.siteTitle}`,
    link: post ? `${site}/${post.slug}` : `${site}/`,
    selfUrl: post ? `${site}/${post.slug}/feed` : `${site}/comments/feed`,
    description: settings.tagline,
    language: 'en',
    updated: Math.max(0, ...entries.map((entry) => entry.updated)),
  }
  return conditionalResponse(request, buildRss(channel, entries), rssType, channel.updated)
}
