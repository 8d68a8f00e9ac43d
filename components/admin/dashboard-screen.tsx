import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import type { DashboardData } from '@/lib/server/admin/dashboard'
import { BackupStatus } from './backup-status'
import { AtAGlancePanel } from './dashboard/at-a-glance-panel'
import { ContinueWritingPanel } from './dashboard/continue-writing-panel'
import { QuickDraftForm } from './dashboard/quick-draft-form'
import { RecentCommentsPanel } from './dashboard/recent-comments-panel'

// The dashboard: a greeting and the one big button first (what fits a phone's first screen), then its
// panels in this order. A new panel is one more entry in the list.
export function DashboardScreen({ authorName, data }: { authorName: string; data: DashboardData }) {
  const panels = [
    { key: 'continue', panel: <ContinueWritingPanel draft={data.lastDraft} timeZone={data.timeZone} now={data.now} /> },
    { key: 'quick-draft', panel: <QuickDraftForm /> },
    { key: 'at-a-glance', panel: <AtAGlancePanel counts={data.counts} /> },
    { key: 'recent-comments', panel: <RecentCommentsPanel recent={data.recent} pendingComments={data.counts.pendingComments} /> },
    { key: 'backups', panel: <BackupStatus summary={data.backups} timeZone={data.timeZone} /> },
  ]
  return (
    <>
      <h1 className="text-3xl font-bold">Hello, {authorName.split(' ')[0]}</h1>
      <p className="mt-2">
        <Link href="/admin/posts/new" className={buttonClass({ size: 'md', className: 'inline-flex min-h-11 items-center no-underline' })}>
          Write a new post
        </Link>
      </p>
      <div role="status" className="mt-4 empty:hidden">
        {data.draftedId !== null ? (
          <p className="rounded border border-sage/40 bg-sage-soft p-3">
            Saved to your drafts. Only you can see it until you publish it. <Link href={`/admin/posts/${data.draftedId}`}>Open the draft</Link>
          </p>
        ) : null}
      </div>
      {panels.map(({ key, panel }) => (
        <div key={key} className="mt-8">
          {panel}
        </div>
      ))}
    </>
  )
}
