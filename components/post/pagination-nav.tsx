import Link from 'next/link'
import { routes } from '@/lib/routes'

// Newer/older links for a list: archives by /page/N (routes.listPage), search results by their own hrefFor.
export function PaginationNav({
  basePath = '/',
  page,
  totalPages,
  hrefFor = (target) => routes.listPage(basePath, target),
  label = 'Pagination',
  previousText = '← Newer posts',
  nextText = 'Older posts →',
}: {
  basePath?: string
  page: number
  totalPages: number
  hrefFor?: (page: number) => string
  label?: string
  previousText?: string
  nextText?: string
}) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="mt-8 flex justify-between text-base">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          {previousText}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {nextText}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
