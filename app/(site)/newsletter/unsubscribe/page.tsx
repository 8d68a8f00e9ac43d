import type { Metadata } from 'next'
import { unsubscribeAction } from '@/app/(site)/_actions/newsletter'
import { TokenActionForm } from '@/components/ui/token-action-form'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } }

// The link in every newsletter email. Opening it only asks (link scanners must not unsubscribe
// anyone); the button does it. Mail clients' one-click button POSTs to ./one-click instead.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams
  return (
    <section aria-labelledby="unsubscribe-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="unsubscribe-title" className="text-3xl font-bold">
        Unsubscribe from the newsletter
      </h1>
      <p className="mt-3">Press the button and no more newsletter emails will come to this address.</p>
      <TokenActionForm action={unsubscribeAction} token={typeof token === 'string' ? token : ''} label="Unsubscribe" />
    </section>
  )
}
