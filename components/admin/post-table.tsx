import Link from 'next/link'
import { Row, Table } from '@/components/ui/table'
import type { AdminPostRow } from '@/db/queries/admin-posts'
import type { PostStatus } from '@/db/schema'
import { formatDate } from '@/lib/format'
import { ListFilters, listHref, ListPages, ListSearch, type ListState } from './list-controls'

const statusLabels: Record<PostStatus, string> = {
  published: 'Published',
  draft: 'Draft',
  pending: 'Pending review',
  scheduled: 'Scheduled',
  private: 'Private',
  trash: 'Trash',
}

const columns = [{ label: 'Title', className: 'py-2' }, { label: 'Status' }, { label: 'Date' }]

export function PostTable(props: { type: 'post' | 'page'; rows: AdminPostRow[]; counts: Partial<Record<PostStatus, number>> } & ListState<PostStatus>) {
  const { type, rows, counts, status, query, page, totalPages, timeZone } = props
  const base = `/admin/${type}s`
  const filters: { value: PostStatus | 'all'; label: string; count: number }[] = [
    { value: 'all', label: 'All', count: (counts.published ?? 0) + (counts.draft ?? 0) + (counts.scheduled ?? 0) },
    { value: 'published', label: 'Published', count: counts.published ?? 0 },
    { value: 'draft', label: 'Drafts', count: counts.draft ?? 0 },
    { value: 'scheduled', label: 'Scheduled', count: counts.scheduled ?? 0 },
    { value: 'trash', label: 'Trash', count: counts.trash ?? 0 },
  ]
  const href = (changes: { status?: string; page?: number }) => listHref(base, { status: changes.status ?? status, query, page: changes.page })
  return (
    <>
      <ListFilters label="Filter by status" filters={filters} current={status} href={(value) => href({ status: value })} />
      <ListSearch action={base} label={`Search ${type}s`} query={query} placeholder={`Search ${type}s by title`} hidden={status !== 'all' ? { status } : {}} />
      {rows.length === 0 ? <p className="mt-6 text-muted">Nothing here yet.</p> : null}
      {rows.length > 0 ? (
        <Table
          scroll
          className="mt-6"
          tableClassName="text-base"
          caption={type === 'post' ? 'Posts' : 'Pages'}
          columns={type === 'post' ? [...columns, { label: 'Comments' }] : columns}
        >
          {rows.map((row) => (
            <Row key={row.id}>
              <td className="py-2">
                <Link href={`${base}/${row.id}`} className="font-bold">
                  {row.title || '(no title)'}
                </Link>
              </td>
              <td>{statusLabels[row.status]}</td>
              <td>{formatDate(row.publishedAt ?? row.modifiedAt, timeZone)}</td>
              {type === 'post' ? <td>{row.commentCount}</td> : null}
            </Row>
          ))}
        </Table>
      ) : null}
      <ListPages page={page} totalPages={totalPages} href={(n) => href({ page: n })} />
    </>
  )
}
