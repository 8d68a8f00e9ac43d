import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { LoginForm } from '@/components/auth/login-form'
import { getSignedInAuthor } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; signedOut?: string }> }) {
  const [{ next, signedOut }, author] = await Promise.all([searchParams, getSignedInAuthor()])
  if (author) redirect('/admin')
  return (
    <section aria-labelledby="login-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="login-title" className="text-2xl font-bold">
        Sign in to write
      </h1>
      {signedOut ? (
        <p role="status" className="mt-3 text-sage">
          You are signed out.
        </p>
      ) : null}
      <LoginForm next={typeof next === 'string' ? next : '/admin'} />
    </section>
  )
}
