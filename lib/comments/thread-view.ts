import { formatDateTime, isoDate } from '@/lib/format'
import type { CommentNode } from './tree'

/**
 * What the comment list needs of a comment, and nothing more: it is sent to the browser as data (see
 * components/comments/comment-item.tsx). Dates are formatted here, on the server, so the browser's
 * time-zone data can never make the hydrated text differ; the website is already checked.
 */
export type ThreadComment = {
  id: number
  authorName: string
  website: string | null
  isPostAuthor: boolean
  avatarSeed: string
  body: string
  dateIso: string
  dateText: string
  status: 'approved' | 'pending'
  children: ThreadComment[]
  // The three below are left out rather than null when they do not apply: this list is sent to the
  // browser, and a 200-comment thread would carry the empty keys 200 times.
  // "In reply to NAME": the comment this one answers, when it is shown on the same page.
  inReplyTo?: { id: number; name: string }
  // Every reply below this comment, at any depth (only when it has replies): the collapse control's count.
  replyCount?: number
  // The guest's private edit/delete link, only on their own per-reader page (never in a cached one).
  editUrl?: string
}

// Only http(s) websites become links; anything else stored in the column is shown as nothing.
export function safeWebsite(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

/**
 * The shown thread as the comment list gets it. `editLinks` (comment id to private link) is given
 * only when rendering the page for the comment's own browser.
 */
export function toThreadComments(nodes: readonly CommentNode[], timeZone: string, editLinks: ReadonlyMap<number, string> = new Map()): ThreadComment[] {
  const names = new Map<number, string>()
  const collect = (list: readonly CommentNode[]) => {
    for (const node of list) {
      names.set(node.id, node.authorName)
      collect(node.children)
    }
  }
  collect(nodes)
  const convert = (list: readonly CommentNode[]): ThreadComment[] =>
    list.map((node) => {
      const children = convert(node.children)
      const parentName = node.parentId === null ? undefined : names.get(node.parentId)
      const editUrl = editLinks.get(node.id)
      const replyCount = children.reduce((sum, child) => sum + 1 + (child.replyCount ?? 0), 0)
      return {
        id: node.id,
        authorName: node.authorName,
        website: safeWebsite(node.authorUrl),
        isPostAuthor: node.isPostAuthor,
        avatarSeed: node.avatarSeed,
        body: node.body,
        dateIso: isoDate(node.createdAt),
        dateText: formatDateTime(node.createdAt, timeZone),
        status: node.status,
        children,
        ...(node.parentId !== null && parentName !== undefined ? { inReplyTo: { id: node.parentId, name: parentName } } : {}),
        ...(replyCount > 0 ? { replyCount } : {}),
        ...(editUrl !== undefined ? { editUrl } : {}),
      }
    })
  return convert(nodes)
}
