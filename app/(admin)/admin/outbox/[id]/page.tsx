import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { OutboxEmailView } from '@/components/admin/outbox-email-view'
import { getOutboxEmail } from '@/db/queries/outbox'
import { getSettings } from '@/db/queries/settings'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Email – Outbox – Spoonpress' }

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAuthorPage()
  const { id } = await params
  const emailId = /^[1-9][0-9]{0,14}$/.test(id) ? Number(id) : null
  const [email, settings] = emailId === null ? [null, null] : await Promise.all([getOutboxEmail(emailId), getSettings()])
  if (!email || !settings) notFound()
  return (
    <>
      <p>
        <Link href="/admin/outbox">← Back to the outbox</Link>
      </p>
      <OutboxEmailView email={email} timeZone={settings.timeZone} />
    </>
  )
}
