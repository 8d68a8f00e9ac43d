import Link from 'next/link'
import type { DashboardCounts } from '@/db/queries/dashboard'

// The counts, each a link to the list it counts; "Comments waiting" goes straight to the queue.
export function AtAGlancePanel({ counts }: { counts: DashboardCounts }) {
  const tiles = [
    { label: 'Published posts', value: counts.published, href: '/admin/posts?status=published' },
    { label: 'Drafts', value: counts.drafts, href: '/admin/posts?status=draft' },
    { label: 'Scheduled', value: counts.scheduled, href: '/admin/posts?status=scheduled' },
    { label: 'Comments waiting', value: counts.pendingComments, href: '/admin/comments?status=pending' },
    { label: 'Subscribers', value: counts.subscribers, href: null },
  ]
  return (
    <section aria-labelledby="at-a-glance">
      <h2 id="at-a-glance" className="text-xl font-bold">
        At a glance
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-lg border border-line bg-card p-4">
            <dt className="text-sm text-muted">{tile.label}</dt>
            <dd className="text-2xl font-bold">
              {tile.href ? (
                <Link href={tile.href} className="inline-flex min-h-11 min-w-11 items-center">
                  {tile.value}
                  <span className="sr-only"> {tile.label.toLowerCase()}</span>
                </Link>
              ) : (
                tile.value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
