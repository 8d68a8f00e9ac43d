import Link from 'next/link'
import type { RecentComment } from '@/db/queries/dashboard'
import { formatCount } from '@/lib/format'

export function RecentCommentsPanel({ recent, pendingComments }: { recent: RecentComment[]; pendingComments: number }) {
  return (
    <section aria-labelledby="recent-comments">
      <h2 id="recent-comments" className="text-xl font-bold">
        Recent comments
      </h2>
      {recent.length === 0 ? <p className="mt-2 text-muted">No comments yet.</p> : null}
      <ul className="mt-3 space-y-3">
        {recent.map((comment) => (
          <li key={comment.id} className="rounded-lg border border-line bg-card p-4 text-base break-words">
            <p>
              <b>{comment.authorName}</b> on <a href={`/${comment.postSlug}#comment-${comment.id}`}>{comment.postTitle}</a>
              {comment.status !== 'approved' ? <span className="ml-2 text-sm text-muted">({comment.status})</span> : null}
            </p>
            <p className="mt-1 line-clamp-2 text-muted">{comment.body}</p>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-base">
        <Link href="/admin/comments?status=pending" className="inline-flex min-h-11 items-center">
          {formatCount(pendingComments, 'comment', 'comments')} waiting for moderation
        </Link>
      </p>
    </section>
  )
}
