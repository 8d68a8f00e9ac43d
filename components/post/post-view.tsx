import { createHash } from 'node:crypto'
import { notFound } from 'next/navigation'
import { CommentRespond, type CommenterDefaults } from '@/components/comments/comment-respond'
import { CommentThread } from '@/components/comments/comment-thread'
import { listPendingCommentsForBrowser } from '@/db/queries/comments'
import { loadPostContext, resolveReaderPath } from '@/db/queries/reader-pages'
import { areCommentsOpen } from '@/lib/comments/closing'
import { buildCommentTree, countTopLevelPages, paginateTopLevel } from '@/lib/comments/tree'
import { env } from '@/lib/server/env'
import { fillStampNow } from '@/lib/server/comments/fill-stamp'
import { formatCount } from '@/lib/format'
import { PageArticle } from './page-article'
import { PostArticle } from './post-article'

// What only one reader sees: the form placed under a comment (?replytocom=), their own comments
// awaiting moderation, and their saved name/email/website. Null on the cached route.
export type ReaderState = { replyToId: number | null; pendingKey: string | null; commenter: CommenterDefaults | null }

const noDefaults: CommenterDefaults = { author: '', email: '', url: '', saveDetails: false }

export async function PostView({ path, isReturningVisitor, reader }: { path: string[]; isReturningVisitor: boolean; reader: ReaderState | null }) {
  const found = await resolveReaderPath(path)
  if (!found) notFound()
  const url = `${env.siteUrl}/${path.join('/')}`
  if (found.kind === 'page') return <PageArticle page={found.page} ancestors={found.ancestors} pageUrl={url} />

  const { post, commentPage } = found
  const { settings, categories, comments, related, author } = await loadPostContext(post.id)
  const pending = reader?.pendingKey ? await listPendingCommentsForBrowser(post.id, createHash('sha256').update(reader.pendingKey).digest('hex')) : []
  const tree = buildCommentTree([...comments, ...pending], { maxDepth: settings.commentDepth, order: settings.commentOrder })
  const totalPages = countTopLevelPages(tree, settings.commentsPerPage)
  const pageOfComments = paginateTopLevel(tree, settings.commentsPerPage, commentPage)
  if (commentPage > totalPages) notFound()

  const postPath = `/${post.slug}`
  // A server component renders once per request or cache fill: "now" is that moment, on purpose.
  // eslint-disable-next-line react-hooks/purity
  const renderedAt = Date.now()
  const isOpen = areCommentsOpen(post, settings.commentsCloseAfterDays, renderedAt)
  const replyTarget = reader?.replyToId ? comments.find((comment) => comment.id === reader.replyToId) : undefined
  const respond = isOpen ? (
    <CommentRespond
      postId={post.id}
      postPath={postPath}
      serverReplyTo={replyTarget ? { id: replyTarget.id, name: replyTarget.authorName } : null}
      defaults={reader?.commenter ?? noDefaults}
      renderedStamp={fillStampNow()}
    />
  ) : null
  return (
    <PostArticle
      post={post}
      postUrl={url}
      settings={settings}
      categories={categories}
      approvedCount={comments.length}
      related={related}
      author={author}
      isReturningVisitor={isReturningVisitor}
    >
      <CommentThread
        title={formatCount(comments.length, 'Comment', 'Comments')}
        nodes={pageOfComments}
        timeZone={settings.timeZone}
        canReply={isOpen}
        replyToId={replyTarget?.id ?? null}
        respond={respond}
        closedMessage={isOpen ? null : 'Comments are closed on this post.'}
        pagination={{ page: commentPage, totalPages, basePath: postPath }}
      />
    </PostArticle>
  )
}
