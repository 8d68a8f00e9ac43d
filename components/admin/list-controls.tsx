import Link from 'next/link'
import { fieldLimits } from '@/lib/field-limits'

// The search box and the page links of every editor list (posts, pages, comments, subscribers, …).
// A plain GET form and plain links: they work without JavaScript and every state has a URL.

export function ListSearch({
  action,
  label,
  query,
  placeholder,
  hidden = {},
}: {
  action: string
  label: string
  query: string
  placeholder: string
  hidden?: Record<string, string>
}) {
  const id = `${label.toLowerCase().replace(/[^a-z]+/g, '-')}-box`
  return (
    <form role="search" aria-label={label} action={action} method="get" className="mt-4 flex gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        maxLength={fieldLimits.listSearch.query}
        defaultValue={query}
        placeholder={placeholder}
        className="input mt-0 max-w-sm"
      />
      <button type="submit" className="min-h-11 rounded border border-line bg-card px-4">
        Search
      </button>
    </form>
  )
}

export function ListPages({
  label = 'Pages of results',
  page,
  totalPages,
  href,
  words = { previous: '← Previous', next: 'Next →' },
}: {
  label?: string
  page: number
  totalPages: number
  href: (page: number) => string
  words?: { previous: string; next: string }
}) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="mt-4 flex gap-4">
      {page > 1 ? <Link href={href(page - 1)}>{words.previous}</Link> : null}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? <Link href={href(page + 1)}>{words.next}</Link> : null}
    </nav>
  )
}

/** A list's URL: "all" status, an empty search and page 1 are left out, so each state has one address. */
export function listHref(base: string, state: { status?: string; query?: string; page?: number }): string {
  const params = new URLSearchParams()
  if (state.status && state.status !== 'all') params.set('status', state.status)
  if (state.query) params.set('q', state.query)
  if ((state.page ?? 1) > 1) params.set('page', String(state.page))
  const search = params.toString()
  return search ? `${base}?${search}` : base
}

/** What every editor list screen is given besides its rows: the filter, the search, the page and the zone dates are shown in. */
export type ListState<Status extends string> = { status: Status | 'all'; query: string; page: number; totalPages: number; timeZone: string }

export type ListFilter = { value: string; label: string; count: number }

/** The "All (n) · Published (n) · …" links above a list; the current one is marked for screen readers. */
export function ListFilters({
  label,
  filters,
  current,
  href,
}: {
  label: string
  filters: readonly ListFilter[]
  current: string
  href: (value: string) => string
}) {
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap gap-3 text-base">
        {filters.map((filter) => (
          <li key={filter.value}>
            <Link
              href={href(filter.value)}
              aria-current={filter.value === current ? 'page' : undefined}
              // 44 px high on a phone, for a thumb; as compact as before from a tablet width up.
              className={`inline-flex min-h-11 items-center md:min-h-0 ${filter.value === current ? 'font-bold' : ''}`}
            >
              {filter.label} ({filter.count})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
