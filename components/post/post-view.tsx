import { CommentRespond, type CommenterDefaults } from '@/components/comments/comment-respond'
import { CommentThread } from '@/components/comments/comment-thread'
import { formatCount } from '@/lib/format'
import type { PostPageView } from '@/lib/server/reader/post-page'
import { PageArticle } from './page-article'
import { PasswordForm } from './password-form'
import { PostArticle } from './post-article'

const noDefaults: CommenterDefaults = { author: '', email: '', url: '', saveDetails: false }

// A post or page URL as loaded by lib/server/reader/post-page.ts: renders what it is given.
export function PostView({ view, isReturningVisitor }: { view: PostPageView; isReturningVisitor: boolean }) {
  if (view.kind === 'page') {
    return (
      <PageArticle
        page={view.page}
        ancestors={view.ancestors}
        pageUrl={view.url}
        locked={view.lockedPath ? <PasswordForm postId={view.page.id} path={view.lockedPath} /> : null}
      />
    )
  }
  if (view.kind === 'locked-post') {
    const { settings, categories, author } = view.context
    return (
      <PostArticle
        post={view.post}
        postUrl={view.url}
        settings={settings}
        categories={categories}
        approvedCount={0}
        related={[]}
        author={author}
        isReturningVisitor={isReturningVisitor}
        locked={<PasswordForm postId={view.post.id} path={view.lockedPath} />}
      >
        {null}
      </PostArticle>
    )
  }

  const { post, context, thread, replyTarget } = view
  const respond = view.respond ? (
    <CommentRespond
      postId={post.id}
      postPath={thread.basePath}
      serverReplyTo={replyTarget}
      defaults={view.respond.defaults ?? noDefaults}
      renderedStamp={view.respond.renderedStamp}
    />
  ) : null
  return (
    <PostArticle
      post={post}
      postUrl={view.url}
      settings={context.settings}
      categories={context.categories}
      approvedCount={view.approvedCount}
      related={context.related}
      author={context.author}
      isReturningVisitor={isReturningVisitor}
    >
      <CommentThread
        title={formatCount(view.approvedCount, 'Comment', 'Comments')}
        nodes={thread.nodes}
        timeZone={context.settings.timeZone}
        editLinks={view.editLinks}
        postId={post.id}
        canReply={view.isOpen}
        replyToId={replyTarget?.id ?? null}
        respond={respond}
        closedMessage={view.isOpen ? null : 'Comments are closed on this post.'}
        pagination={{ page: thread.page, totalPages: thread.totalPages, basePath: thread.basePath }}
      />
    </PostArticle>
  )
}
