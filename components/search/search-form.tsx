// A plain GET form to /search: works without JavaScript, and a results page is a bookmarkable URL.
export function SearchForm({ id, label, defaultValue = '', className = '' }: { id: string; label: string; defaultValue?: string; className?: string }) {
  return (
    <form role="search" aria-label={label} action="/search" method="get" className={`flex flex-wrap items-end gap-2 ${className}`}>
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-base font-bold">
          Search the blog
        </label>
        <input id={id} name="q" type="search" maxLength={200} defaultValue={defaultValue} autoComplete="off" className="input" />
      </div>
      <button type="submit" className="rounded bg-accent px-4 py-2 font-bold text-white hover:bg-accent-dark">
        Search
      </button>
    </form>
  )
}
