import type { Metadata } from 'next'
import { PostEditorScreen } from '@/components/admin/post-editor-screen'
import { loadPostEditor } from '@/lib/server/admin/post-screens'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'New post – Spoonpress' }

export default async function NewPost() {
  await requireAuthorPage()
  return <PostEditorScreen data={await loadPostEditor('post', null)} saved={null} />
}
