import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ModerationQueue } from '@/components/admin/moderation-queue'
import { countCommentsByStatus, listModerationQueue } from '@/db/queries/moderation'
import { getSettings } from '@/db/queries/settings'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { requestTime } from '@/lib/server/request-time'
import { outcomeMessage, queueStatuses } from '@/lib/comments/moderation-queue'
import { pageCount, parsePageNumber } from '@/lib/content/pagination'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Comments – Spoonpress' }

const perPage = 20

type Search = Record<'status' | 'q' | 'page' | 'done' | 'changed' | 'skipped', string | string[] | undefined>

export default async function CommentsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireAuthorPage()
  const search = await searchParams
  const status = queueStatuses.find((value) => value === search.status) ?? 'pending'
  const query = (typeof search.q === 'string' ? search.q : '').trim().slice(0, 100)
  const page = search.page === undefined ? 1 : parsePageNumber(String(search.page))
  if (page === null) notFound()
  const [{ rows, total }, counts, settings, now] = await Promise.all([
    listModerationQueue({ status, query, page, perPage }),
    countCommentsByStatus(),
    getSettings(),
    requestTime(),
  ])
  const totalPages = pageCount(total, perPage)
  // A page emptied by the last action (everything on it approved) shows the one before.
  const shownPage = Math.min(page, totalPages)
  const shown = shownPage === page ? rows : (await listModerationQueue({ status, query, page: shownPage, perPage })).rows
  return (
    <>
      <h1 className="text-3xl font-bold">Comments</h1>
      <ModerationQueue
        rows={shown}
        counts={counts}
        status={status}
        query={query}
        page={shownPage}
        totalPages={totalPages}
        timeZone={settings.timeZone}
        now={now}
        notice={outcomeMessage(search)}
      />
    </>
  )
}
