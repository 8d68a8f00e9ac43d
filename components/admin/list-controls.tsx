import Link from 'next/link'

// The search box and the page links of every editor list (posts, pages, comments, subscribers, …).
// A plain GET form and plain links: they work without JavaScript and every state has a URL.

export function ListSearch({ action, label, query, placeholder, hidden = {} }: { action: string; label: string; query: string; placeholder: string; hidden?: Record<string, string> }) {
  const id = `${label.toLowerCase().replace(/[^a-z]+/g, '-')}-box`
  return (
    <form role="search" aria-label={label} action={action} method="get" className="mt-4 flex gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name="q" type="search" maxLength={100} defaultValue={query} placeholder={placeholder} className="input mt-0 max-w-sm" />
      <button type="submit" className="rounded border border-line bg-card px-4">
        Search
      </button>
    </form>
  )
}

export function ListPages({ label = 'Pages of results', page, totalPages, href }: { label?: string; page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="mt-4 flex gap-4">
      {page > 1 ? <Link href={href(page - 1)}>← Previous</Link> : null}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? <Link href={href(page + 1)}>Next →</Link> : null}
    </nav>
  )
}
