import { Row, Table } from '@/components/ui/table'
import type { SubscriberRow } from '@/db/queries/subscribers'
import type { SubscriberStatus } from '@/db/schema'
import { formatDate } from '@/lib/format'
import { ListFilters, listHref, ListPages, ListSearch, type ListState } from './list-controls'
import { SubscriberRemoveButton } from './subscriber-remove-button'

const base = '/admin/subscribers'
const statusLabels: Record<SubscriberStatus, string> = { pending: 'Waiting for confirmation', confirmed: 'Subscribed', unsubscribed: 'Unsubscribed' }
const sourceLabels: Record<string, string> = { sidebar: 'Sidebar form', post: 'Form after a post', page: 'Newsletter page', import: 'Imported' }

const columns = [
  { label: 'Email', className: 'py-2 pr-4' },
  { label: 'First name', className: 'pr-4' },
  { label: 'State', className: 'pr-4' },
  { label: 'Date', className: 'pr-4' },
  { label: 'Source', className: 'pr-4' },
  { label: <span className="sr-only">Actions</span> },
]

// Names and addresses are whatever a stranger typed: they are only ever rendered as text.
export function SubscriberTable(props: { rows: SubscriberRow[]; counts: Record<SubscriberStatus, number> } & ListState<SubscriberStatus>) {
  const { rows, counts, status, query, page, totalPages, timeZone } = props
  const filters: { value: SubscriberStatus | 'all'; label: string; count: number }[] = [
    { value: 'all', label: 'All', count: counts.pending + counts.confirmed + counts.unsubscribed },
    { value: 'confirmed', label: 'Subscribed', count: counts.confirmed },
    { value: 'pending', label: 'Waiting for confirmation', count: counts.pending },
    { value: 'unsubscribed', label: 'Unsubscribed', count: counts.unsubscribed },
  ]
  const href = (changes: { status?: string; page?: number }) => listHref(base, { status: changes.status ?? status, query, page: changes.page })
  return (
    <>
      <ListFilters label="Filter by state" filters={filters} current={status} href={(value) => href({ status: value })} />
      <ListSearch action={base} label="Search subscribers" query={query} placeholder="Search by email or name" hidden={status !== 'all' ? { status } : {}} />
      {rows.length === 0 ? <p className="mt-6 text-muted">{query ? 'No subscribers match this search.' : 'No subscribers here yet.'}</p> : null}
      {rows.length > 0 ? (
        <Table scroll className="mt-6" tableClassName="text-base" caption="Subscribers" columns={columns}>
          {rows.map((row) => (
            <Row key={row.id}>
              <td className="py-2 pr-4 break-all">{row.email}</td>
              <td className="pr-4">{row.firstName}</td>
              <td className="pr-4">{statusLabels[row.status]}</td>
              <td className="pr-4">{formatDate(row.createdAt, timeZone)}</td>
              <td className="pr-4">{sourceLabels[row.source] ?? row.source}</td>
              <td className="py-2">
                <SubscriberRemoveButton id={row.id} email={row.email} />
              </td>
            </Row>
          ))}
        </Table>
      ) : null}
      <ListPages page={page} totalPages={totalPages} href={(n) => href({ page: n })} />
    </>
  )
}
