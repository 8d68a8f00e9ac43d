import type { CommentNode } from '@/lib/comments/tree'
import { renderCommentBody } from '@/lib/comments/render-body'
import { formatDateTime, isoDate } from '@/lib/format'

// Only http(s) websites become links; anything else stored in the column is shown as nothing.
function safeWebsite(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

export function CommentItem({ comment, timeZone, children }: { comment: CommentNode; timeZone: string; children?: React.ReactNode }) {
  const website = safeWebsite(comment.authorUrl)
  const nameId = `comment-${comment.id}-author`
  return (
    <li id={`comment-${comment.id}`} className="mt-4">
      <article
        aria-labelledby={nameId}
        className={comment.isPostAuthor ? 'rounded-lg border-l-4 border-accent bg-accent-soft p-4' : 'rounded-lg border border-line bg-card p-4'}
      >
        <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-base">
          {/* eslint-disable-next-line @next/next/no-img-element -- generated SVG avatar, served immutable */}
          <img src={`/avatar/${comment.avatarSeed}`} alt="" width={40} height={40} loading="lazy" className="h-10 w-10 rounded-full" />
          <span id={nameId} className="font-bold">
            {website ? (
              <a href={website} rel="ugc nofollow noopener" className="text-ink">
                {comment.authorName}
              </a>
            ) : (
              comment.authorName
            )}
          </span>
          {comment.isPostAuthor ? <span className="rounded bg-accent px-2 text-sm text-white">Author</span> : null}
          <span className="text-muted">says</span>
          <a href={`#comment-${comment.id}`} className="text-sm text-muted">
            <time dateTime={isoDate(comment.createdAt)}>{formatDateTime(comment.createdAt, timeZone)}</time>
          </a>
        </header>
        <div className="mt-2 space-y-3 text-base break-words">{renderCommentBody(comment.body)}</div>
      </article>
      {children}
    </li>
  )
}
