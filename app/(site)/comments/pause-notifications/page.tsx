import type { Metadata } from 'next'
import { pauseReplyNotificationsAction } from '@/app/(site)/_actions/comments'
import { TokenActionForm } from '@/components/ui/token-action-form'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Pause reply notifications', robots: { index: false } }

// "I'm in a flare". GET only asks: mail scanners that follow links must not pause anything by themselves.
export default async function PauseNotificationsPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams
  const value = Array.isArray(token) ? (token[0] ?? '') : (token ?? '')
  return (
    <section aria-labelledby="pause-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="pause-title" className="text-3xl font-bold">
        Pause reply notifications
      </h1>
      <p className="mt-3">
        Need a rest? Press the button and we will send no emails about replies to your comments for two weeks. After that they start again by themselves; you do
        not need to do anything.
      </p>
      <TokenActionForm action={pauseReplyNotificationsAction} token={value} label="Pause for two weeks" />
    </section>
  )
}
