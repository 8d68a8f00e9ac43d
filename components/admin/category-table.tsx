import Link from 'next/link'

export type CategoryTableRow = { id: number; name: string; slug: string; depth: number; postCount: number; archiveHref: string; isDefault: boolean }

// The category tree as WordPress shows it: one row per category, children indented under their parent.
export function CategoryTable({ rows }: { rows: CategoryTableRow[] }) {
  if (rows.length === 0) return <p className="mt-4">No categories yet.</p>
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-2 pr-4">
            Name
          </th>
          <th scope="col" className="py-2 pr-4">
            Slug
          </th>
          <th scope="col" className="py-2 pr-4 text-right">
            Posts
          </th>
          <th scope="col" className="py-2">
            Archive
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line">
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
          </tr>
        ))}
      </tbody>
    </table>
  )
}
