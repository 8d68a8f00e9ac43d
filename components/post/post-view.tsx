import { createHash } from 'node:crypto'
import { notFound } from 'next/navigation'
import { CommentRespond, type CommenterDefaults } from '@/components/comments/comment-respond'
import { CommentThread } from '@/components/comments/comment-thread'
import { listPendingCommentsForBrowser } from '@/db/queries/comments'
import { getProtectedPostText, type PostDetail } from '@/db/queries/posts'
import { loadPostContext, resolveReaderPath } from '@/db/queries/reader-pages'
import { areCommentsOpen } from '@/lib/comments/closing'
import { buildCommentTree, countTopLevelPages, paginateTopLevel } from '@/lib/comments/tree'
import { redirectOldPathOrNotFound } from '@/lib/server/archive-redirect'
import { env } from '@/lib/server/env'
import { fillStampNow } from '@/lib/server/comments/fill-stamp'
import { formatCount } from '@/lib/format'
import { isPostUnlocked } from '@/lib/posts/password'
import { PageArticle } from './page-article'
import { PasswordForm } from './password-form'
import { PostArticle } from './post-article'

// What only one reader sees: the form placed under a comment (?replytocom=), their own comments
// awaiting moderation, and their saved name/email/website. Null on the cached route.
export type ReaderState = { replyToId: number | null; pendingKey: string | null; commenter: CommenterDefaults | null; postPasswords: string | null }

const noDefaults: CommenterDefaults = { author: '', email: '', url: '', saveDetails: false }

export async function PostView({ path, isReturningVisitor, reader }: { path: string[]; isReturningVisitor: boolean; reader: ReaderState | null }) {
  const found = await resolveReaderPath(path)
  if (!found) return redirectOldPathOrNotFound(path)
  const url = `${env.siteUrl}/${path.join('/')}`
  if (found.kind === 'page') {
    const page = await unlocked(found.page, reader)
    return (
      <PageArticle
        page={page ?? found.page}
        ancestors={found.ancestors}
        pageUrl={url}
        locked={page ? null : <PasswordForm postId={found.page.id} path={`/${path.join('/')}`} />}
      />
    )
  }

  const { commentPage } = found
  const post = await unlocked(found.post, reader)
  if (!post) {
    const { settings, categories, author } = await loadPostContext(found.post.id)
    const form = <PasswordForm postId={found.post.id} path={`/${path.join('/')}`} />
    return (
      <PostArticle
        post={found.post}
        postUrl={url}
        settings={settings}
        categories={categories}
        approvedCount={0}
        related={[]}
        author={author}
        isReturningVisitor={isReturningVisitor}
        locked={form}
      >
        {null}
      </PostArticle>
    )
  }
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

// A password-protected entry comes from the cached reads without its text; a reader whose cookie
// proves the password gets the text here (only on the per-reader route). Null: show the form.
async function unlocked(entry: PostDetail, reader: ReaderState | null): Promise<PostDetail | null> {
  if (!entry.isPasswordProtected) return entry
  if (!reader?.postPasswords) return null
  const text = await getProtectedPostText(entry.id)
  if (!text || !isPostUnlocked(reader.postPasswords, entry.id, text.password, env.authSecret)) return null
  return { ...entry, body: text.body, keyPoints: text.keyPoints }
}
