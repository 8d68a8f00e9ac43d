import type { Metadata } from 'next'
import { PostEditorScreen } from '@/components/admin/post-editor-screen'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'New page – Spoonpress' }

export default async function NewPage() {
  await requireAuthorPage()
  return <PostEditorScreen type="page" post={null} saved={null} />
}
