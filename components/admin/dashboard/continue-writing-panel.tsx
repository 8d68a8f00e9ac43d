import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import type { LastDraft } from '@/db/queries/dashboard'
import { formatTimeAgo } from '@/lib/format'

// "Continue where you left off": the draft edited last, opened with the cursor at the end of its text
// (`?at=end`; without JavaScript the fragment scrolls to the body field instead).
export function ContinueWritingPanel({ draft, timeZone, now }: { draft: LastDraft | null; timeZone: string; now: number }) {
  if (!draft) return null
  const title = draft.title || '(no title)'
  return (
    <section aria-labelledby="continue-writing" className="rounded-lg border border-line bg-card p-4">
      <h2 id="continue-writing" className="text-xl font-bold">
        Continue where you left off
      </h2>
      <p className="mt-1 text-base text-muted">
        “{title}”, a draft {draft.type}, edited {formatTimeAgo(draft.modifiedAt, now, timeZone)}.
      </p>
      <p className="mt-3">
        <Link
          href={`/admin/${draft.type}s/${draft.id}?at=end#body-html`}
          className={buttonClass({ variant: 'outline', size: 'md', className: 'inline-flex min-h-11 items-center no-underline' })}
        >
          Continue writing<span className="sr-only"> “{title}”</span>
        </Link>
      </p>
    </section>
  )
}
