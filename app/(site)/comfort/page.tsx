import type { Metadata } from 'next'
import { ComfortForm } from '@/components/comfort/comfort-form'
import { loadComfortPage } from '@/lib/server/comfort'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Reading comfort', robots: { index: false } }

export default async function ComfortPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const [{ comfort, returnPath }, { saved }] = await Promise.all([loadComfortPage(), searchParams])
  return (
    <section aria-labelledby="comfort-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="comfort-title" className="text-3xl font-bold">
        Reading comfort
      </h1>
      <p className="mt-3">
        Make every page easier on tired eyes. Your choices stay in this browser (a cookie named sp_comfort) and apply to every page of this site.
      </p>
      <div role="status" className="mt-3">
        {saved ? <p className="font-bold text-sage">Saved. Your choices now apply to every page.</p> : null}
      </div>
      <ComfortForm comfort={comfort} returnPath={returnPath} />
    </section>
  )
}
