import Link from 'next/link'
import { PaginationNav } from '@/components/post/pagination-nav'
import type { SearchResult } from '@/db/queries/search'
import { splitSnippet } from '@/lib/search/snippet'

// Marked text from the index as React text nodes, with <mark> around matches: never as HTML.
function Marked({ text }: { text: string }) {
  return splitSnippet(text).map((piece, index) => (piece.isMatch ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))
}

function searchHref(query: string, page: number) {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `/search?${params.toString()}`
}

export function SearchResults({
  query,
  results,
  total,
  page,
  totalPages,
}: {
  query: string
  results: SearchResult[]
  total: number
  page: number
  totalPages: number
}) {
  if (results.length === 0) {
    return <p role="status">{query ? `Nothing found for “${query}”. Try fewer or different words.` : 'Type a word or two to search the blog.'}</p>
  }
  return (
    <>
      <p role="status" className="text-muted">
        {total === 1 ? '1 result' : `${total} results`} for “{query}”
      </p>
      <ol className="mt-6 space-y-6">
        {results.map((result) => (
          <li key={result.id} className="rounded-lg border border-line bg-card p-5">
            <h2 className="text-xl font-bold">
              <Link href={result.path}>
                <Marked text={result.markedTitle} />
              </Link>
            </h2>
            {result.markedSnippet ? (
              <p className="mt-2">
                <Marked text={result.markedSnippet} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <PaginationNav
        page={page}
        totalPages={totalPages}
        hrefFor={(target) => searchHref(query, target)}
        label="Search result pages"
        previousText="← Previous results"
        nextText="More results →"
      />
    </>
  )
}
