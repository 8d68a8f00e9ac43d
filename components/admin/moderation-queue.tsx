import Link from 'next/link'
import { Row, Table } from '@/components/ui/table'
import type { ModerationRow, QueueCounts } from '@/db/queries/moderation'
import type { CommentStatus } from '@/db/schema'
import { queueStatuses } from '@/lib/comments/moderation-queue'
import { excerptOfText } from '@/lib/content/excerpt'
import { formatDateTime, formatTimeAgo } from '@/lib/format'
import { AuthorReplyForm } from './author-reply-form'
import { ListFilters, listHref, ListPages, ListSearch } from './list-controls'
import { ModerationBulkForm, ModerationRowActions } from './moderation-actions'
import { SelectAllCheckbox } from './select-all-checkbox'

const base = '/admin/comments'
const bulkFormId = 'comment-bulk'
export const queueLabels: Record<CommentStatus, string> = { pending: 'Pending', approved: 'Approved', spam: 'Spam', trash: 'Trash' }

const columns = [
  {
    label: (
      <>
        <span className="sr-only">Select</span>
        <span className="max-md:hidden">
          <SelectAllCheckbox formId={bulkFormId} label="Select every comment on this page" />
        </span>
      </>
    ),
    className: 'w-8 py-2',
  },
  { label: 'Author', className: 'w-56 pr-4' },
  { label: 'Comment', className: 'pr-4' },
  { label: 'In response to', className: 'w-56' },
]

export function queueHref(status: CommentStatus, query: string, page = 1): string {
  return listHref(base, { status, query, page })
}

// Everything here but the labels is what strangers typed: rendered only as text, never as HTML, and
// the website is shown, not linked. On a phone each row is a card (author, post, how long ago, the
// text, large buttons); an action returns to the card that takes the acted-on one's place
// (decision 0023).
export function ModerationQueue(props: {
  rows: ModerationRow[]
  counts: QueueCounts
  status: CommentStatus
  query: string
  page: number
  totalPages: number
  timeZone: string
  now: number
  notice: string | null
}) {
  const { rows, counts, status, query, page, totalPages, timeZone, now, notice } = props
  const returnTo = queueHref(status, query, page)
  return (
    <>
      <ListFilters
        label="Comment queues"
        filters={queueStatuses.map((queue) => ({ value: queue, label: queueLabels[queue], count: counts[queue] }))}
        current={status}
        href={(queue) => queueHref(queue as CommentStatus, query)}
      />
      <ListSearch action={base} label="Search comments" query={query} placeholder="Search by text, name, email, IP or post" hidden={{ status }} />
      <div role="status" className="mt-4">
        {notice ? <p className="rounded border border-sage bg-card p-3 font-bold">{notice}</p> : null}
      </div>
      {rows.length === 0 ? (
        <p className="mt-6 text-muted">{query ? 'No comments match this search.' : `No comments in ${queueLabels[status]}.`}</p>
      ) : (
        <>
          <ModerationBulkForm formId={bulkFormId} status={status} returnTo={returnTo} />
          <Table scroll cards className="mt-4" tableClassName="align-top text-base" caption={`${queueLabels[status]} comments`} columns={columns}>
            {rows.map((row, index) => (
              <ModerationQueueRow
                key={row.id}
                row={row}
                returnTo={`${returnTo}#comment-${(rows[index + 1] ?? rows[index - 1] ?? row).id}`}
                timeZone={timeZone}
                now={now}
              />
            ))}
          </Table>
        </>
      )}
      <ListPages label="Pages of comments" page={page} totalPages={totalPages} href={(n) => queueHref(status, query, n)} />
    </>
  )
}

// Large targets on a phone (44 px), the table's compact look from a tablet width up.
const cardButtonClass = 'min-h-11 px-4 py-2 text-base md:min-h-0 md:px-3 md:py-1 md:text-sm'

function ModerationQueueRow({ row, returnTo, timeZone, now }: { row: ModerationRow; returnTo: string; timeZone: string; now: number }) {
  const canReply = row.status === 'pending' || row.status === 'approved'
  const postTitle = row.postTitle || '(no title)'
  const post = row.postStatus === 'published' ? <Link href={`/${row.postSlug}#comment-${row.id}`}>{postTitle}</Link> : <span>{postTitle}</span>
  return (
    <Row id={`comment-${row.id}`} className="align-top">
      <td className="max-md:float-right max-md:ml-3 md:py-3">
        <input
          type="checkbox"
          name="ids"
          value={row.id}
          form={bulkFormId}
          aria-label={`Select the comment by ${row.authorName}`}
          className="h-6 w-6 md:h-5 md:w-5"
        />
      </td>
      <td className="break-words md:py-3 md:pr-4">
        <p className="font-bold">
          {row.authorName} {row.isByAuthor ? <span className="author-badge">Author</span> : null}
        </p>
        <p className="text-base md:hidden">on {post}</p>
        {row.authorEmail ? <p className="text-sm break-all">{row.authorEmail}</p> : null}
        {row.authorUrl ? <p className="text-sm break-all text-muted">{row.authorUrl}</p> : null}
        {row.authorIp ? <p className="text-sm text-muted">IP {row.authorIp}</p> : null}
      </td>
      <td className="max-md:mt-2 md:py-3 md:pr-4">
        <p className="text-sm text-muted">
          <time dateTime={new Date(row.createdAt).toISOString()} title={formatDateTime(row.createdAt, timeZone)}>
            <span className="max-md:hidden">{formatDateTime(row.createdAt, timeZone)} · </span>
            {formatTimeAgo(row.createdAt, now, timeZone)}
          </time>
        </p>
        {row.parentId !== null ? (
          <p className="text-sm text-muted">
            In reply to {row.parentAuthorName ?? 'a deleted comment'}
            {row.parentBody ? <>: “{excerptOfText(row.parentBody, 20)}”</> : null}
          </p>
        ) : null}
        <div className="mt-1 break-words whitespace-pre-wrap">{row.body}</div>
        <div className="mt-3 flex flex-wrap items-center gap-2 md:mt-2">
          <ModerationRowActions id={row.id} status={row.status} authorName={row.authorName} returnTo={returnTo} buttonClassName={cardButtonClass} />
          <Link href={`/admin/comments/${row.id}`} className="inline-flex min-h-11 items-center px-2 text-base md:min-h-0 md:px-0 md:text-sm">
            Edit<span className="sr-only"> the comment by {row.authorName}</span>
          </Link>
        </div>
        {canReply ? <AuthorReplyForm parentId={row.id} authorName={row.authorName} returnTo={returnTo} folded /> : null}
      </td>
      <td className="max-md:hidden md:py-3">{post}</td>
    </Row>
  )
}
