import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostEditorScreen } from '@/components/admin/post-editor-screen'
import { getPostForEdit } from '@/db/queries/admin-posts'
import { loadPostEditor } from '@/lib/server/admin/post-screens'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Edit post – Spoonpress' }

export default async function EditPost({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; at?: string }> }) {
  await requireAuthorPage()
  const [{ id }, { saved, at }] = await Promise.all([params, searchParams])
  const post = /^\d+$/.test(id) ? await getPostForEdit(Number(id)) : null
  if (!post || post.type !== 'post') notFound()
  return <PostEditorScreen data={await loadPostEditor('post', post)} saved={saved ?? null} startAtEnd={at === 'end'} />
}
