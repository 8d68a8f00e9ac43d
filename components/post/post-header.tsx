import { formatDate, isoDate } from '@/lib/format'

export type ReviewLine = { lastReviewedAt: number | null; changeNote: string }

export function PostHeader({
  titleId,
  title,
  publishedAt,
  updatedAt,
  review,
  readingMinutes,
  timeZone,
}: {
  titleId: string
  title: string
  publishedAt: number | null
  updatedAt: number | null
  review?: ReviewLine
  readingMinutes: number | null
  timeZone: string
}) {
  const showUpdated = updatedAt !== null && publishedAt !== null && updatedAt > publishedAt
  return (
    <header className="mb-6">
      <h1 id={titleId} className="text-3xl leading-tight font-bold sm:text-4xl">
        {title}
      </h1>
      {publishedAt !== null ? (
        <p className="mt-3 text-base text-muted">
          Published <time dateTime={isoDate(publishedAt)}>{formatDate(publishedAt, timeZone)}</time>
          {showUpdated ? (
            <>
              {' · '}Last Updated: <time dateTime={isoDate(updatedAt)}>{formatDate(updatedAt, timeZone)}</time>
            </>
          ) : null}
          {readingMinutes !== null ? <> · {readingMinutes} min read</> : null}
        </p>
      ) : null}
      {review ? <TrustLine review={review} timeZone={timeZone} /> : null}
    </header>
  )
}

// The health-post trust line: when the author last checked the post against current evidence, and
// what that check changed, in their own words.
// A post's header from the post itself: the post page and its print view show the same one.
export function PostHeaderOf({
  post,
  readingMinutes,
  timeZone,
}: {
  post: { title: string; publishedAt: number | null; updatedAt: number | null } & ReviewLine
  readingMinutes: number | null
  timeZone: string
}) {
  return (
    <PostHeader
      titleId="post-title"
      title={post.title}
      publishedAt={post.publishedAt}
      updatedAt={post.updatedAt}
      review={{ lastReviewedAt: post.lastReviewedAt, changeNote: post.changeNote }}
      readingMinutes={readingMinutes}
      timeZone={timeZone}
    />
  )
}

export function TrustLine({ review, timeZone }: { review: ReviewLine; timeZone: string }) {
  if (review.lastReviewedAt === null && !review.changeNote) return null
  return (
    <p className="mt-2 border-l-4 border-sage pl-3 text-base">
      {review.lastReviewedAt !== null ? (
        <>
          <strong>Last reviewed</strong> <time dateTime={isoDate(review.lastReviewedAt)}>{formatDate(review.lastReviewedAt, timeZone)}</time>
          {review.changeNote ? <>: </> : null}
        </>
      ) : (
        <strong>What changed: </strong>
      )}
      {review.changeNote}
    </p>
  )
}
