import 'server-only'
import { and, desc, eq, inArray } from 'drizzle-orm'
import { db } from '../client'
import { comments, media, posts } from '../schema'
import { listPublishedPosts, type PostListFilter, type PostSummary } from './posts'

export type FeedPost = PostSummary & {
  keyPoints: string[] | null
  lastReviewedAt: number | null
  modifiedAt: number
  image: { url: string; mimeType: string; sizeBytes: number } | null
}

// The newest published posts of a listing, with what a feed adds to a summary: key points, the
// featured image as an enclosure, and the last time anything about the post changed.
export async function listFeedPosts(filter: PostListFilter, limit: number): Promise<FeedPost[]> {
  const { posts: summaries } = await listPublishedPosts(filter, 1, limit)
  if (summaries.length === 0) return []
  const extras = await db
    .select({
      id: posts.id,
      keyPoints: posts.keyPoints,
      lastReviewedAt: posts.lastReviewedAt,
      modifiedAt: posts.modifiedAt,
      fileName: media.fileName,
      mimeType: media.mimeType,
      sizeBytes: media.sizeBytes,
    })
    .from(posts)
    .leftJoin(media, eq(media.id, posts.featuredMediaId))
    .where(
      inArray(
        posts.id,
        summaries.map((post) => post.id),
      ),
    )
  const byId = new Map(extras.map((row) => [row.id, row]))
  return summaries.map((post) => {
    const extra = byId.get(post.id)
    return {
      ...post,
      keyPoints: extra?.keyPoints ?? null,
      lastReviewedAt: extra?.lastReviewedAt ?? null,
      modifiedAt: extra?.modifiedAt ?? post.publishedAt ?? 0,
      image: extra?.fileName && extra.mimeType ? { url: `/media/${extra.fileName}`, mimeType: extra.mimeType, sizeBytes: extra.sizeBytes ?? 0 } : null,
    }
  })
}

// A comment as a feed shows it: never the email, the address or the user agent.
export type FeedComment = { id: number; authorName: string; body: string; createdAt: number; postId: number; postSlug: string; postTitle: string }

// The newest approved comments on published posts: the whole site's, or one post's. Not pingbacks or
// trackbacks, and nothing from a password-protected post (docs/decisions/0017).
export async function listFeedComments(postId: number | null, limit: number): Promise<FeedComment[]> {
  return db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      createdAt: comments.createdAt,
      postId: posts.id,
      postSlug: posts.slug,
      postTitle: posts.title,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(
      and(
        eq(comments.status, 'approved'),
        eq(comments.type, 'comment'),
        eq(posts.status, 'published'),
        eq(posts.type, 'post'),
        eq(posts.password, ''),
        postId === null ? undefined : eq(posts.id, postId),
      ),
    )
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
}
