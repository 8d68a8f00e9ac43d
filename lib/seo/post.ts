import { excerptFromHtml } from '@/lib/content/excerpt'

// What a post's head and structured data say about it, the same in both.

export function postDescription(post: { excerpt: string; body: string }): string {
  return post.excerpt.trim() || excerptFromHtml(post.body, 30)
}

/** The featured image, or the generated card with the title (app/og/[id]). Absolute. */
export function postImageUrl(post: { id: number; featuredImage: { url: string } | null }, siteUrl: string): string {
  const url = post.featuredImage?.url ?? `/og/${post.id}`
  return /^https?:\/\//.test(url) ? url : `${siteUrl}${url}`
}
