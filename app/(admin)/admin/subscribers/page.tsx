import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SubscriberImportForm } from '@/components/admin/subscriber-import-form'
import { SubscriberTable } from '@/components/admin/subscriber-table'
import { buttonClass } from '@/components/ui/button'
import { getSettings } from '@/db/queries/settings'
import { listSubscribers } from '@/db/queries/subscribers'
import type { SubscriberStatus } from '@/db/schema'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { pageCount, parsePageNumber } from '@/lib/content/pagination'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Subscribers – Spoonpress' }

const statuses = ['pending', 'confirmed', 'unsubscribed'] as const
const perPage = 50

type Search = { status?: string | string[]; q?: string | string[]; page?: string | string[] }

export default async function SubscribersPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireAuthorPage()
  const search = await searchParams
  const status: SubscriberStatus | 'all' = statuses.find((value) => value === search.status) ?? 'all'
  const query = (typeof search.q === 'string' ? search.q : '').trim().slice(0, 100)
  const page = search.page === undefined ? 1 : parsePageNumber(String(search.page))
  if (page === null) notFound()
  const [{ rows, total, counts }, settings] = await Promise.all([listSubscribers({ query, status, page, perPage }), getSettings()])
  if (page > pageCount(total, perPage)) notFound()
  return (
    <>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Subscribers</h1>
        <a href="/admin/subscribers/export" download className={buttonClass({ variant: 'secondary', size: 'md', className: 'text-ink no-underline' })}>
          Export CSV
        </a>
      </div>
      <p className="mt-2 text-muted">
        {counts.confirmed} subscribed, {counts.pending} waiting for confirmation, {counts.unsubscribed} unsubscribed.
      </p>
      <SubscriberTable
        rows={rows}
        counts={counts}
        status={status}
        query={query}
        page={page}
        totalPages={pageCount(total, perPage)}
        timeZone={settings.timeZone}
      />
      <section aria-labelledby="import-heading" className="mt-10">
        <h2 id="import-heading" className="text-xl font-bold">
          Import subscribers
        </h2>
        <SubscriberImportForm />
      </section>
    </>
  )
}
