import 'server-only'
import { createHash } from 'node:crypto'
import { listPendingCommentsForBrowser } from '@/db/queries/comments'
import { listRecentCommentsForBrowser } from '@/db/queries/comment-edits'
import { commentEditWindowMs } from '@/lib/comments/edit-token'
import { commentEditPath } from '@/lib/server/comments/edit-link'
import { getProtectedPostText, type PostDetail } from '@/db/queries/posts'
import { loadPostContext, resolveReaderPath } from '@/db/queries/reader-pages'
import { areCommentsOpen } from '@/lib/comments/closing'
import type { CommenterDefaults } from '@/components/comments/comment-respond'
import { buildCommentTree, countTopLevelPages, paginateTopLevel, type CommentNode } from '@/lib/comments/tree'
import { isPostUnlocked } from '@/lib/posts/password'
import { fillStampNow } from '@/lib/server/comments/fill-stamp'
import { env } from '@/lib/server/env'

// What only one reader sees: the form placed under a comment (?replytocom=), their own comments
// awaiting moderation, their saved name/email/website and the posts they unlocked. Null on the
// cached route.
export type ReaderState = { replyToId: number | null; pendingKey: string | null; commenter: CommenterDefaults | null; postPasswords: string | null }

type PostContext = Awaited<ReturnType<typeof loadPostContext>>

// Everything a post or page URL shows, loaded and decided here so the route decides only between
// this, an old-URL redirect (null) and 404 ('no-such-comment-page'), and the view only renders.
export type PostPageView =
  | { kind: 'page'; page: PostDetail; ancestors: { title: string; path: string }[]; url: string; lockedPath: string | null }
  | { kind: 'locked-post'; post: PostDetail; url: string; lockedPath: string; context: Pick<PostContext, 'settings' | 'categories' | 'author'> }
  | {
      kind: 'post'
      post: PostDetail
      url: string
      context: Omit<PostContext, 'comments'>
      approvedCount: number
      thread: { nodes: CommentNode[]; page: number; totalPages: number; basePath: string }
      isOpen: boolean
      replyTarget: { id: number; name: string } | null
      respond: { defaults: CommenterDefaults | null; renderedStamp: string } | null
      // This browser's own comments still within their 24 hours: comment id to private edit link.
      editLinks: ReadonlyMap<number, string>
    }

export async function loadPostPage(path: readonly string[], reader: ReaderState | null): Promise<PostPageView | null | 'no-such-comment-page'> {
  const found = await resolveReaderPath(path)
  if (!found) return null
  const url = `${env.siteUrl}/${path.join('/')}`
  const lockedPath = `/${path.join('/')}`
  if (found.kind === 'page') {
    const page = await unlocked(found.page, reader)
    return { kind: 'page', page: page ?? found.page, ancestors: found.ancestors, url, lockedPath: page ? null : lockedPath }
  }

  const post = await unlocked(found.post, reader)
  if (!post) {
    const { settings, categories, author } = await loadPostContext(found.post.id)
    return { kind: 'locked-post', post: found.post, url, lockedPath, context: { settings, categories, author } }
  }
  const { comments, ...context } = await loadPostContext(post.id)
  const { settings } = context
  const browserKeyHash = reader?.pendingKey ? createHash('sha256').update(reader.pendingKey).digest('hex') : null
  // A page renders once per request or cache fill: "now" is that moment, on purpose.
  const now = Date.now()
  const [pending, ownRecent] = browserKeyHash
    ? await Promise.all([
        listPendingCommentsForBrowser(post.id, browserKeyHash),
        listRecentCommentsForBrowser(post.id, browserKeyHash, now - commentEditWindowMs),
      ])
    : [[], []]
  const tree = buildCommentTree([...comments, ...pending], { maxDepth: settings.commentDepth, order: settings.commentOrder })
  const totalPages = countTopLevelPages(tree, settings.commentsPerPage)
  if (found.commentPage > totalPages) return 'no-such-comment-page'
  const isOpen = areCommentsOpen(post, settings.commentsCloseAfterDays, now)
  const replyTo = reader?.replyToId ? comments.find((comment) => comment.id === reader.replyToId) : undefined
  return {
    kind: 'post',
    post,
    url,
    context,
    approvedCount: comments.length,
    thread: { nodes: paginateTopLevel(tree, settings.commentsPerPage, found.commentPage), page: found.commentPage, totalPages, basePath: `/${post.slug}` },
    isOpen,
    replyTarget: replyTo ? { id: replyTo.id, name: replyTo.authorName } : null,
    respond: isOpen ? { defaults: reader?.commenter ?? null, renderedStamp: fillStampNow() } : null,
    editLinks: new Map(ownRecent.map((comment) => [comment.id, commentEditPath(comment.id, comment.createdAt)])),
  }
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
