import type { Metadata } from 'next'
import { stopReplyNotificationsAction } from '@/app/(site)/_actions/comments'
import { TokenActionForm } from '@/components/ui/token-action-form'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Stop reply notifications', robots: { index: false } }

// GET only asks: mail scanners that follow links must not switch notifications off by themselves.
export default async function StopNotificationsPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams
  const value = Array.isArray(token) ? (token[0] ?? '') : (token ?? '')
  return (
    <section aria-labelledby="stop-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="stop-title" className="text-3xl font-bold">
        Stop reply notifications
      </h1>
      <p className="mt-3">Press the button to stop emails about replies to your comments on this site. Your comments stay as they are.</p>
      <TokenActionForm action={stopReplyNotificationsAction} token={value} label="Stop reply notifications" />
    </section>
  )
}
