import type { CommentNode } from '@/lib/comments/tree'
import { CommentItem } from './comment-item'

export function CommentList({ nodes, timeZone, isNested = false }: { nodes: CommentNode[]; timeZone: string; isNested?: boolean }) {
  return (
    <ol className={isNested ? 'ml-4 border-l border-line pl-3 sm:ml-8 sm:pl-4' : ''}>
      {nodes.map((node) => (
        <CommentItem key={node.id} comment={node} timeZone={timeZone}>
          {node.children.length > 0 ? <CommentList nodes={node.children} timeZone={timeZone} isNested /> : null}
        </CommentItem>
      ))}
    </ol>
  )
}

export function CommentThread({ title, nodes, timeZone }: { title: string; nodes: CommentNode[]; timeZone: string }) {
  return (
    <section id="comments" aria-labelledby="comments-title" className="my-10">
      <h2 id="comments-title" className="text-2xl font-bold">
        {title}
      </h2>
      {nodes.length > 0 ? <CommentList nodes={nodes} timeZone={timeZone} /> : <p className="mt-2 text-muted">No comments yet.</p>}
    </section>
  )
}
