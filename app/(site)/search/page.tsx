import type { Metadata } from 'next'
import { SearchForm } from '@/components/search/search-form'
import { SearchResults } from '@/components/search/search-results'
import { listSearchResults } from '@/db/queries/search'
import { pageCount, parsePageNumber } from '@/lib/content/pagination'
import { buildMatchExpression, normalizeSearchInput } from '@/lib/search/query'
import { siteMetadata } from '@/lib/server/reader-metadata'

// Per request (it has a query string): never in the front cache or ISR, and never indexed.
export const dynamic = 'force-dynamic'

const perPage = 10

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normalizeSearchInput((await searchParams).q)
  return siteMetadata({ title: query ? `Search results for “${query}”` : 'Search', path: '/search', isNoIndex: true })
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page: rawPage } = await searchParams
  const query = normalizeSearchInput(q)
  const match = buildMatchExpression(query)
  const page = (typeof rawPage === 'string' ? parsePageNumber(rawPage) : null) ?? 1
  const found = match ? await listSearchResults(match, page, perPage) : { results: [], total: 0 }
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title" className="text-3xl font-bold">
        {query ? `Search results for “${query}”` : 'Search'}
      </h1>
      <SearchForm id="search-page-query" label="Search results" defaultValue={query} className="mt-4 mb-6" />
      <SearchResults query={query} results={found.results} total={found.total} page={page} totalPages={pageCount(found.total, perPage)} />
    </section>
  )
}
