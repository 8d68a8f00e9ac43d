import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PrintView } from '@/components/post/print-view'
import { loadPrintPage } from '@/lib/server/reader/print-page'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ comments?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await loadPrintPage((await params).slug, false)
  return { title: view ? `${view.post.title} (print)` : 'Not found', robots: { index: false } }
}

// /print/{slug}: a post laid out for paper; ?comments=1 adds its comments.
export default async function PrintPage({ params, searchParams }: Props) {
  const [{ slug }, { comments }] = await Promise.all([params, searchParams])
  const view = await loadPrintPage(slug, comments === '1')
  if (!view) notFound()
  return <PrintView view={view} />
}
