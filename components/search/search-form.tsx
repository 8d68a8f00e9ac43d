import { Button } from '@/components/ui/button'
import { maxQueryLength } from '@/lib/search/query'

// A plain GET form to /search: works without JavaScript, and a results page is a bookmarkable URL.
export function SearchForm({ id, label, defaultValue = '', className = '' }: { id: string; label: string; defaultValue?: string; className?: string }) {
  return (
    <form role="search" aria-label={label} action="/search" method="get" className={`flex flex-wrap items-end gap-2 ${className}`}>
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-base font-bold">
          Search the blog
        </label>
        <input id={id} name="q" type="search" maxLength={maxQueryLength} defaultValue={defaultValue} autoComplete="off" className="input" />
      </div>
      <Button type="submit" size="md">
        Search
      </Button>
    </form>
  )
}
