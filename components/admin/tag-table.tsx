import Link from 'next/link'
import { Row, Table } from '@/components/ui/table'
import type { TagRow } from '@/db/queries/admin-taxonomy'
import { routes } from '@/lib/routes'
import { ListSearch } from './list-controls'

const columns = [
  { label: 'Name', className: 'py-2 pr-4' },
  { label: 'Slug', className: 'py-2 pr-4' },
  { label: 'Description', className: 'py-2 pr-4' },
  { label: 'Posts', className: 'py-2 pr-4 text-right' },
]

export function TagTable({ rows, query }: { rows: TagRow[]; query: string }) {
  return (
    <>
      <ListSearch action="/admin/tags" label="Search tags" query={query} placeholder="Search tags by name or slug" />
      {rows.length === 0 ? (
        <p className="mt-4">{query ? 'No tags match this search.' : 'No tags yet.'}</p>
      ) : (
        <Table scroll className="mt-4" columns={columns}>
          {rows.map((row) => (
            <Row key={row.id}>
              <td className="py-2 pr-4">
                <Link href={`/admin/tags/${row.id}`} className="font-bold">
                  {row.name}
                </Link>
              </td>
              <td className="py-2 pr-4 text-muted">{row.slug}</td>
              <td className="py-2 pr-4">{row.description}</td>
              <td className="py-2 pr-4 text-right">
                {/* A tag archive without published posts is a 404, as in WordPress: link only the ones with posts. */}
                {row.postCount > 0 ? (
                  <Link href={routes.tag(row.slug)}>
                    {row.postCount}
                    <span className="sr-only"> posts tagged {row.name}</span>
                  </Link>
                ) : (
                  0
                )}
              </td>
            </Row>
          ))}
        </Table>
      )}
    </>
  )
}
