import Link from 'next/link'
import type { TagRow } from '@/db/queries/admin-taxonomy'
import { routes } from '@/lib/routes'
import { ListSearch } from './list-controls'

export function TagTable({ rows, query }: { rows: TagRow[]; query: string }) {
  return (
    <>
      <ListSearch action="/admin/tags" label="Search tags" query={query} placeholder="Search tags by name or slug" />
      {rows.length === 0 ? (
        <p className="mt-4">{query ? 'No tags match this search.' : 'No tags yet.'}</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                Slug
              </th>
              <th scope="col" className="py-2 pr-4">
                Description
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                Posts
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line">
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
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
