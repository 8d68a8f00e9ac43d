import Link from 'next/link'
import type { CommentNode } from '@/lib/comments/tree'
import { toThreadComments } from '@/lib/comments/thread-view'
import { CommentList } from './comment-item'
import { routes } from '@/lib/routes'
import { wantsScripts } from '@/lib/http/first-paint'

export function CommentThread({
  title,
  nodes,
  timeZone,
  editLinks = new Map(),
  postId,
  canReply,
  replyToId,
  respond,
  closedMessage,
  pagination,
}: {
  title: string
  nodes: CommentNode[]
  timeZone: string
  // Only on the commenter's own per-reader page: their comments' private edit links.
  editLinks?: ReadonlyMap<number, string>
  postId: number
  canReply: boolean
  replyToId: number | null
  respond: React.ReactNode
  closedMessage: string | null
  pagination: { page: number; totalPages: number; basePath: string }
}) {
  const isRespondInThread = replyToId !== null && containsComment(nodes, replyToId)
  const pageHref = (page: number) => `${routes.commentPage(pagination.basePath, page)}#comments`
  // Marked for the front server's starter (docs/decisions/0031-scripts-on-demand.md): the thread's
  // enhancements (new since your last visit, reply in place) load as it nears the view.
  return (
    <section id="comments" aria-labelledby="comments-title" className="my-10" {...wantsScripts}>
      <h2 id="comments-title" className="text-2xl font-bold">
        {title}
      </h2>
      {nodes.length > 0 ? (
        <CommentList
          nodes={toThreadComments(nodes, timeZone, editLinks)}
          postId={postId}
          canReply={canReply}
          replyToId={isRespondInThread ? replyToId : null}
          respond={isRespondInThread ? respond : null}
        />
      ) : (
        <p className="mt-2 text-muted">No comments yet.</p>
      )}
      {pagination.totalPages > 1 ? (
        <nav aria-label="Comment pages" className="mt-6 flex justify-between text-base">
          {pagination.page > 1 ? <Link href={pageHref(pagination.page - 1)}>← Previous comments</Link> : <span />}
          <span className="text-muted">
            Comment page {pagination.page} of {pagination.totalPages}
          </span>
          {pagination.page < pagination.totalPages ? <Link href={pageHref(pagination.page + 1)}>More comments →</Link> : <span />}
        </nav>
      ) : null}
      {closedMessage ? <p className="mt-6 rounded border border-line bg-card p-4">{closedMessage}</p> : null}
      {!isRespondInThread ? respond : null}
    </section>
  )
}

function containsComment(nodes: CommentNode[], id: number): boolean {
  return nodes.some((node) => node.id === id || containsComment(node.children, id))
}
