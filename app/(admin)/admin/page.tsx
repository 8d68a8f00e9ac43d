import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { BackupStatus } from '@/components/admin/backup-status'
import { getDashboardCounts, listRecentComments } from '@/db/queries/dashboard'
import { getSettings } from '@/db/queries/settings'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { getBackupSummary } from '@/lib/server/backups/scheduled'
import { formatCount } from '@/lib/format'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Dashboard – Spoonpress' }

export default async function Dashboard() {
  const author = await requireAuthorPage()
  const [counts, recent, backups, settings] = await Promise.all([getDashboardCounts(), listRecentComments(5), getBackupSummary(), getSettings()])
  const tiles = [
    { label: 'Published posts', value: counts.published, href: '/admin/posts?status=published' },
    { label: 'Drafts', value: counts.drafts, href: '/admin/posts?status=draft' },
    { label: 'Scheduled', value: counts.scheduled, href: '/admin/posts?status=scheduled' },
    { label: 'Comments waiting', value: counts.pendingComments, href: null },
    { label: 'Subscribers', value: counts.subscribers, href: null },
  ]
  return (
    <>
      <h1 className="text-3xl font-bold">Hello, {author.name.split(' ')[0]}</h1>
      <p className="mt-2">
        <Link href="/admin/posts/new" className={buttonClass({ size: 'md', className: 'inline-block no-underline' })}>
          Write a new post
        </Link>
      </p>
      <section aria-labelledby="at-a-glance" className="mt-8">
        <h2 id="at-a-glance" className="text-xl font-bold">
          At a glance
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {tiles.map((tile) => (
            <div key={tile.label} className="rounded-lg border border-line bg-card p-4">
              <dt className="text-sm text-muted">{tile.label}</dt>
              <dd className="text-2xl font-bold">{tile.href ? <Link href={tile.href}>{tile.value}</Link> : tile.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="recent-comments" className="mt-8">
        <h2 id="recent-comments" className="text-xl font-bold">
          Recent comments
        </h2>
        {recent.length === 0 ? <p className="mt-2 text-muted">No comments yet.</p> : null}
        <ul className="mt-3 space-y-3">
          {recent.map((comment) => (
            <li key={comment.id} className="rounded-lg border border-line bg-card p-4 text-base">
              <p>
                <b>{comment.authorName}</b> on <a href={`/${comment.postSlug}#comment-${comment.id}`}>{comment.postTitle}</a>
                {comment.status !== 'approved' ? <span className="ml-2 text-sm text-muted">({comment.status})</span> : null}
              </p>
              <p className="mt-1 line-clamp-2 text-muted">{comment.body}</p>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-muted">
          <Link href="/admin/comments">{formatCount(counts.pendingComments, 'comment', 'comments')} waiting for moderation</Link>
        </p>
      </section>
      <BackupStatus summary={backups} timeZone={settings.timeZone} />
    </>
  )
}
