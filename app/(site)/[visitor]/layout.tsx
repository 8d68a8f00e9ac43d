import { notFound } from 'next/navigation'
import { ReturningBeacon } from '@/components/returning-beacon'
import { isVisitorVariant } from '@/lib/visitor'

// Reader pages render on first request and are then served from the cache until a tag they read is
// invalidated; nothing is prerendered at build time, so a build never depends on database content.
export async function generateStaticParams() {
  return []
}

export default async function VisitorLayout({ children, params }: { children: React.ReactNode; params: Promise<{ visitor: string }> }) {
  const { visitor } = await params
  if (!isVisitorVariant(visitor)) notFound()
  return (
    <>
      {children}
      {visitor === 'first' && <ReturningBeacon />}
    </>
  )
}
