import type { PostSummary } from '@/db/queries/posts'
import { PaginationNav } from './pagination-nav'
import { PostSummaryCard } from './post-summary'

export function PostListing({
  heading,
  description,
  posts,
  page,
  totalPages,
  basePath,
  timeZone,
  isHeadingVisible = true,
}: {
  heading: string
  description?: string
  posts: PostSummary[]
  page: number
  totalPages: number
  basePath: string
  timeZone: string
  isHeadingVisible?: boolean
}) {
  return (
    <>
      <header className="mb-6">
        <h1 className={isHeadingVisible ? 'text-3xl font-bold' : 'sr-only'}>{heading}</h1>
        {description ? <p className="mt-2 text-muted">{description}</p> : null}
      </header>
      {posts.length === 0 ? <p>Nothing has been published here yet.</p> : null}
      <div className="space-y-6">
        {posts.map((post) => (
          <PostSummaryCard key={post.id} post={post} timeZone={timeZone} />
        ))}
      </div>
      <PaginationNav basePath={basePath} page={page} totalPages={totalPages} />
    </>
  )
}
