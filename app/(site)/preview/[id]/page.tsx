import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CommentThread } from '@/components/comments/comment-thread'
import { PageArticle } from '@/components/post/page-article'
import { PostArticle } from '@/components/post/post-article'
import { getRevision } from '@/db/queries/admin-posts'
import { getPostDetailById } from '@/db/queries/posts'
import { loadPostContext } from '@/db/queries/reader-pages'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { env } from '@/lib/server/env'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Preview', robots: { index: false } }

// A draft exactly as readers will see it, inside the site's own layout; only for a signed-in author.
export default async function PreviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string }> }) {
  await requireAuthorPage()
  const [{ id }, { revision: revisionId }] = await Promise.all([params, searchParams])
  const saved = /^\d+$/.test(id) ? await getPostDetailById(Number(id)) : null
  if (!saved) notFound()
  // Unsaved changes to a published post are previewed from their autosave revision.
  const revision = revisionId && /^\d+$/.test(revisionId) ? await getRevision(Number(revisionId)) : null
  const post =
    revision && revision.postId === saved.id
      ? { ...saved, title: revision.title, excerpt: revision.excerpt, body: revision.body, keyPoints: revision.keyPoints }
      : saved
  const banner = (
    <p role="status" className="mb-4 rounded border border-accent bg-accent-soft p-3 font-bold">
      Preview: this is how readers will see it once it is published.
    </p>
  )
  if (post.type === 'page') {
    return (
      <>
        {banner}
        <PageArticle page={post} ancestors={[]} pageUrl={`${env.siteUrl}/${post.slug}`} />
      </>
    )
  }
  const context = await loadPostContext(post.id)
  return (
    <>
      {banner}
      <PostArticle
        post={post}
        postUrl={`${env.siteUrl}/${post.slug}`}
        settings={context.settings}
        categories={context.categories}
        approvedCount={0}
        related={context.related}
        author={context.author}
        isReturningVisitor={false}
      >
        <CommentThread
          title="Comments"
          nodes={[]}
          timeZone={context.settings.timeZone}
          postId={post.id}
          canReply={false}
          replyToId={null}
          respond={null}
          closedMessage={null}
          pagination={{ page: 1, totalPages: 1, basePath: `/${post.slug}` }}
        />
      </PostArticle>
    </>
  )
}
