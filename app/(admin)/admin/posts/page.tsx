import type { Metadata } from 'next'
import { PostListScreen } from '@/components/admin/post-list-screen'
import { loadPostList } from '@/lib/server/admin/post-screens'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Posts – Spoonpress' }

export default async function PostsList({ searchParams }: { searchParams: Promise<{ status?: string; q?: string; page?: string; trashed?: string }> }) {
  await requireAuthorPage()
  return <PostListScreen data={await loadPostList('post', await searchParams)} />
}
