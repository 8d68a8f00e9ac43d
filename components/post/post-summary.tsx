import Link from 'next/link'
import type { PostSummary } from '@/db/queries/posts'
import { excerptFromHtml } from '@/lib/content/excerpt'
import { formatCount, formatDate, isoDate } from '@/lib/format'

export function PostSummaryCard({ post, timeZone }: { post: PostSummary; timeZone: string }) {
  const excerpt = post.isPasswordProtected ? 'This post is protected by a password.' : post.excerpt || excerptFromHtml(post.body)
  return (
    <article aria-labelledby={`post-${post.id}-title`} className="rounded-lg border border-line bg-card p-6">
      <h2 id={`post-${post.id}-title`} className="text-2xl leading-snug font-bold">
        <Link href={`/${post.slug}`} className="text-ink no-underline hover:text-accent">
          {post.title}
        </Link>
      </h2>
      <p className="mt-1 text-base text-muted">
        {post.isSticky ? <span className="mr-2 rounded bg-sage px-2 text-sm text-on-accent">Featured</span> : null}
        {post.publishedAt !== null ? <time dateTime={isoDate(post.publishedAt)}>{formatDate(post.publishedAt, timeZone)}</time> : null}
        {' · '}
        <Link href={`/${post.slug}#comments`}>{formatCount(post.commentCount, 'Comment', 'Comments')}</Link>
      </p>
      <p className="mt-3">{excerpt}</p>
      <p className="mt-3">
        <Link href={`/${post.slug}`} aria-label={`Continue reading ${post.title}`}>
          Continue reading
        </Link>
      </p>
    </article>
  )
}
