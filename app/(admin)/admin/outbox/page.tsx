import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { MailDeliveryNote } from '@/components/admin/mail-delivery-note'
import { OutboxTable } from '@/components/admin/outbox-table'
import { listOutboxPage } from '@/db/queries/outbox'
import { getSettings } from '@/db/queries/settings'
import type { OutboxStatus } from '@/db/schema'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { pageCount, parsePageNumber } from '@/lib/content/pagination'
import { smtpHostOf } from '@/lib/email/smtp-host'
import { env } from '@/lib/server/env'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Outbox – Spoonpress' }

const statuses = ['queued', 'sent', 'failed'] as const
const perPage = 50

type Search = { status?: string | string[]; page?: string | string[] }

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireAuthorPage()
  const search = await searchParams
  const status: OutboxStatus | 'all' = statuses.find((value) => value === search.status) ?? 'all'
  const page = search.page === undefined ? 1 : parsePageNumber(String(search.page))
  if (page === null) notFound()
  const [{ rows, total, counts }, settings] = await Promise.all([listOutboxPage({ status, page, perPage }), getSettings()])
  if (page > pageCount(total, perPage)) notFound()
  return (
    <>
      <h1 className="text-3xl font-bold">Outbox</h1>
      <p className="mt-2 text-muted">Every email the blog has written: confirmations, reply notices and newsletters, newest first.</p>
      <MailDeliveryNote smtpHost={smtpHostOf(env.smtpUrl)} />
      <OutboxTable rows={rows} counts={counts} status={status} page={page} totalPages={pageCount(total, perPage)} timeZone={settings.timeZone} />
    </>
  )
}
