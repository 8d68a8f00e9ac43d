import type { Metadata } from 'next'
import Link from 'next/link'
import { confirmSubscription } from '@/db/queries/subscribers'
import { hashToken } from '@/lib/newsletter/tokens'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Newsletter confirmation', robots: { index: false } }

const messages = {
  confirmed: { title: 'You are subscribed', body: 'Thank you for confirming. New posts will come to your inbox.' },
  'already-confirmed': { title: 'You are already subscribed', body: 'This address is confirmed; there is nothing more to do.' },
  expired: { title: 'This link has expired', body: 'Confirmation links work for 48 hours. Please sign up again and we will send a fresh one.' },
  invalid: { title: 'This link has already been used or is not valid', body: 'If you confirmed already, you are subscribed and there is nothing more to do. Otherwise, please sign up again.' },
} as const

// Opening the link confirms (a single-use, expiring token: the email's whole job is this click).
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams
  const value = typeof token === 'string' && token.length <= 200 ? token : ''
  // A dynamic page: "now" is this request's moment, on purpose.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now()
  const outcome = value ? await confirmSubscription(hashToken(value), now) : 'invalid'
  const message = messages[outcome]
  return (
    <section aria-labelledby="confirm-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="confirm-title" className="text-3xl font-bold">
        {message.title}
      </h1>
      <p className="mt-3">{message.body}</p>
      {outcome === 'expired' || outcome === 'invalid' ? (
        <p className="mt-3">
          <Link href="/newsletter">Sign up for the newsletter</Link>
        </p>
      ) : null}
    </section>
  )
}
