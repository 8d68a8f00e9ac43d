import Link from 'next/link'
import type { Metadata } from 'next'
import { AdminNav } from '@/components/admin/admin-nav'
import { countPendingComments } from '@/db/queries/moderation'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const metadata: Metadata = { robots: { index: false } }

// Every editor page is gated here and again in each page and action (a layout does not re-run on
// every navigation, so it is never the only check).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const author = await requireAuthorPage()
  // Only the badge's number: this layout runs on every editor page.
  const pendingComments = await countPendingComments()
  return (
    // Below a tablet width the menu is one button beside the name, so each page's own heading and
    // first field come first on a phone.
    <div className="mx-auto grid min-h-screen max-w-7xl grid-cols-[minmax(0,1fr)] gap-4 px-4 py-3 md:grid-cols-[14rem_minmax(0,1fr)] md:gap-8 md:py-6">
      <aside aria-label="Editor menu" className="relative flex items-center justify-between gap-3 md:block md:border-r md:border-line md:pr-4">
        <p className="text-xl font-bold md:mb-4">
          <Link href="/admin" className="text-ink no-underline">
            Spoonpress
          </Link>
        </p>
        <AdminNav authorName={author.name} pendingComments={pendingComments} />
      </aside>
      <main id="content" className="min-w-0">
        {children}
      </main>
    </div>
  )
}
