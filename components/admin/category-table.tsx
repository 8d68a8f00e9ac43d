import Link from 'next/link'
import { Row, Table } from '@/components/ui/table'

export type CategoryTableRow = { id: number; name: string; slug: string; depth: number; postCount: number; archiveHref: string; isDefault: boolean }

const columns = [
  { label: 'Name', className: 'py-2 pr-4' },
  { label: 'Slug', className: 'py-2 pr-4' },
  { label: 'Posts', className: 'py-2 pr-4 text-right' },
  { label: 'Archive', className: 'py-2' },
]

// The category tree as WordPress shows it: one row per category, children indented under their parent.
export function CategoryTable({ rows }: { rows: CategoryTableRow[] }) {
  if (rows.length === 0) return <p className="mt-4">No categories yet.</p>
  return (
    <Table scroll className="mt-4" columns={columns}>
      {rows.map((row) => (
        <Row key={row.id}>
          <td className="py-2 pr-4" style={{ paddingLeft: `${row.depth * 1.5}rem` }}>
            {row.depth > 0 ? <span aria-hidden="true">{'— '.repeat(row.depth)}</span> : null}
            <Link href={`/admin/categories/${row.id}`} className="font-bold">
              {row.name}
            </Link>
            {row.isDefault ? <span className="ml-2 text-sm text-muted">(default)</span> : null}
          </td>
          <td className="py-2 pr-4 text-muted">{row.slug}</td>
          <td className="py-2 pr-4 text-right">{row.postCount}</td>
          <td className="py-2">
            <Link href={row.archiveHref}>
              View<span className="sr-only"> the {row.name} archive</span>
            </Link>
          </td>
        </Row>
      ))}
    </Table>
  )
}
