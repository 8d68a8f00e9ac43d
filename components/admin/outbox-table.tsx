import Link from 'next/link'
import { Row, Table } from '@/components/ui/table'
import type { OutboxRow } from '@/db/queries/outbox'
import type { OutboxStatus } from '@/db/schema'
import { formatDateTime } from '@/lib/format'
import { ListFilters, listHref, ListPages } from './list-controls'

const base = '/admin/outbox'
export const outboxStatusLabels: Record<OutboxStatus, string> = { queued: 'Waiting', sent: 'Sent', failed: 'Failed' }

const columns = [
  { label: 'Subject', className: 'py-2 pr-4' },
  { label: 'To', className: 'pr-4' },
  { label: 'State', className: 'pr-4' },
  { label: 'Written', className: 'pr-4' },
  { label: 'Sent' },
]

// Addresses and subjects can hold what a stranger typed (a commenter's name in a reply notice): text only.
export function OutboxTable({
  rows,
  counts,
  status,
  page,
  totalPages,
  timeZone,
}: {
  rows: OutboxRow[]
  counts: Record<OutboxStatus, number>
  status: OutboxStatus | 'all'
  page: number
  totalPages: number
  timeZone: string
}) {
  const filters: { value: OutboxStatus | 'all'; label: string; count: number }[] = [
    { value: 'all', label: 'All', count: counts.queued + counts.sent + counts.failed },
    { value: 'queued', label: outboxStatusLabels.queued, count: counts.queued },
    { value: 'sent', label: outboxStatusLabels.sent, count: counts.sent },
    { value: 'failed', label: outboxStatusLabels.failed, count: counts.failed },
  ]
  const href = (changes: { status?: string; page?: number }) => listHref(base, { status: changes.status ?? status, page: changes.page })
  return (
    <>
      <ListFilters label="Filter by state" filters={filters} current={status} href={(value) => href({ status: value })} />
      {rows.length === 0 ? <p className="mt-6 text-muted">No emails here yet.</p> : null}
      {rows.length > 0 ? (
        <Table scroll className="mt-6" tableClassName="text-base" caption="Emails, newest first" columns={columns}>
          {rows.map((row) => (
            <Row key={row.id} className="align-top">
              <td className="py-2 pr-4">
                <Link href={`${base}/${row.id}`}>{row.subject || '(no subject)'}</Link>
              </td>
              <td className="pr-4 break-all">{row.toAddress}</td>
              <td className="pr-4">
                {outboxStatusLabels[row.status]}
                {row.status === 'queued' && row.attempts > 0 && row.nextAttemptAt !== null ? (
                  <span className="block text-sm">
                    {row.attempts === 1 ? 'Tried once' : `Tried ${row.attempts} times`}; trying again {formatDateTime(row.nextAttemptAt, timeZone)}
                  </span>
                ) : null}
                {row.status !== 'sent' && row.error ? <span className="block text-sm text-accent-dark">{row.error}</span> : null}
              </td>
              <td className="pr-4">{formatDateTime(row.createdAt, timeZone)}</td>
              <td>{row.sentAt === null ? '–' : formatDateTime(row.sentAt, timeZone)}</td>
            </Row>
          ))}
        </Table>
      ) : null}
      <ListPages label="Pages of emails" page={page} totalPages={totalPages} href={(n) => href({ page: n })} words={{ previous: '← Newer', next: 'Older →' }} />
    </>
  )
}
