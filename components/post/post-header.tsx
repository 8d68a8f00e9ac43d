import { formatDate, isoDate } from '@/lib/format'

export function PostHeader({
  titleId,
  title,
  publishedAt,
  updatedAt,
  readingMinutes,
  timeZone,
}: {
  titleId: string
  title: string
  publishedAt: number | null
  updatedAt: number | null
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
    </header>
  )
}
