import { addShareLinks } from '@/lib/content/pull-quotes'
import { sanitizeHtml } from '@/lib/content/sanitize'

// The one place stored HTML reaches a page. Bodies are sanitized when saved or imported; they are
// sanitized again here because the database may hold rows written by other tools (an import, a
// restored backup, a hand edit). The page is cached, so this runs once per regeneration.
export function PostBody({ html, postUrl }: { html: string; postUrl: string }) {
  return (
    <div
      className="prose prose-lg max-w-none prose-headings:text-ink prose-a:text-accent prose-blockquote:text-ink"
      dangerouslySetInnerHTML={{ __html: addShareLinks(sanitizeHtml(html), postUrl) }}
    />
  )
}
