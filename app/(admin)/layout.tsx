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
    <div className="mx-auto grid min-h-screen max-w-7xl gap-8 px-4 py-6 md:grid-cols-[14rem_minmax(0,1fr)]">
      <aside aria-label="Editor menu" className="md:border-r md:border-line md:pr-4">
        <p className="mb-4 text-xl font-bold">
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
