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

export function toThreadComments(nodes: readonly CommentNode[], timeZone: string): ThreadComment[] {
  return nodes.map((node) => ({
    id: node.id,
    authorName: node.authorName,
    website: safeWebsite(node.authorUrl),
    isPostAuthor: node.isPostAuthor,
    avatarSeed: node.avatarSeed,
    body: node.body,
    dateIso: isoDate(node.createdAt),
    dateText: formatDateTime(node.createdAt, timeZone),
    status: node.status,
    children: toThreadComments(node.children, timeZone),
  }))
}
