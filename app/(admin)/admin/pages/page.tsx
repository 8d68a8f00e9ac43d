import type { Metadata } from 'next'
import { PostListScreen } from '@/components/admin/post-list-screen'
import { loadPostList } from '@/lib/server/admin/post-screens'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Pages – Spoonpress' }

export default async function PagesList({ searchParams }: { searchParams: Promise<{ status?: string; q?: string; page?: string; trashed?: string }> }) {
  await requireAuthorPage()
  return <PostListScreen data={await loadPostList('page', await searchParams)} />
}
