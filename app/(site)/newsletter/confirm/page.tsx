import type { Metadata } from 'next'
import { confirmSubscriptionAction } from '@/app/(site)/_actions/newsletter'
import { TokenActionForm } from '@/components/ui/token-action-form'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Newsletter confirmation', robots: { index: false } }

// The link in the confirmation email. Opening it only asks: mail scanners follow links, so the GET
// changes nothing and the button (a POST) confirms.
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams
  const value = typeof token === 'string' && token.length <= 200 ? token : ''
  return (
    <section aria-labelledby="confirm-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="confirm-title" className="text-3xl font-bold">
        Confirm your subscription
      </h1>
      <p className="mt-3">Press the button to get new posts by email. If you did not ask for this, close this page and nothing will happen.</p>
      <TokenActionForm action={confirmSubscriptionAction} token={value} label="Yes, subscribe me" />
    </section>
  )
}
