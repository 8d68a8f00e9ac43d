export type CommentView = {
  id: number
  parentId: number | null
  authorName: string
  authorUrl: string
  isPostAuthor: boolean
  body: string
  createdAt: number
  avatarSeed: string
  status: 'approved' | 'pending'
}

/** `parentId` stays the comment it answers; the node's place in the tree may be higher (see below). */
export type CommentNode = CommentView & { depth: number; children: CommentNode[] }

const MIN_DEPTH = 1
const MAX_DEPTH = 10
const DEFAULT_DEPTH = 5

/** Clamps the thread-depth setting to WordPress's range, 1 (flat) to 10. */
export function clampDepth(depth: number): number {
  if (!Number.isFinite(depth)) return DEFAULT_DEPTH
  return Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, Math.trunc(depth)))
}

function byOldest(a: CommentView, b: CommentView): number {
  return a.createdAt - b.createdAt || a.id - b.id
}

/**
 * Builds the thread in O(n log n). As in WordPress, a reply to a comment at the deepest level joins
 * that level (it hangs under the same parent as the comment it answers). A comment whose parent is
 * not in the list (trashed, held, spam) becomes top-level; a loop in the ancestry is cut where found.
 * `order` sorts top-level comments; replies always read oldest first.
 */
export function buildCommentTree(comments: readonly CommentView[], options: { maxDepth: number; order: 'oldest' | 'newest' }): CommentNode[] {
  const maxDepth = clampDepth(options.maxDepth)
  const nodes = new Map<number, CommentNode>()
  for (const comment of [...comments].sort(byOldest)) {
    if (!nodes.has(comment.id)) nodes.set(comment.id, { ...comment, depth: 0, children: [] })
  }

  // The node each comment hangs under (null = top-level); depth is set once its holder is known.
  const holders = new Map<number, CommentNode | null>()
  const placing = new Set<number>()
  const holderOf = (start: CommentNode): CommentNode | null => {
    // Walk up iteratively until an already placed ancestor, then place the chain top-down.
    const chain: CommentNode[] = []
    let current: CommentNode | undefined = start
    while (current && !holders.has(current.id) && !placing.has(current.id)) {
      placing.add(current.id)
      chain.push(current)
      current = current.parentId === null ? undefined : nodes.get(current.parentId)
    }
    for (let index = chain.length - 1; index >= 0; index--) {
      const node = chain[index] as CommentNode
      const parent = node.parentId === null ? undefined : nodes.get(node.parentId)
      let holder: CommentNode | null = null
      // A parent still being placed means the ancestry loops back on itself.
      if (parent && holders.has(parent.id)) {
        holder = parent.depth < maxDepth ? parent : (holders.get(parent.id) ?? null)
      }
      node.depth = holder ? holder.depth + 1 : 1
      holders.set(node.id, holder)
      placing.delete(node.id)
    }
    return holders.get(start.id) ?? null
  }

  const topLevel: CommentNode[] = []
  for (const node of nodes.values()) {
    const holder = holderOf(node)
    if (holder) holder.children.push(node)
    else topLevel.push(node)
  }
  if (options.order === 'newest') topLevel.reverse()
  return topLevel
}

/** Top-level comments (each with its replies) on 1-based `page`; perPage 0 puts all on one page. */
export function paginateTopLevel(tree: CommentNode[], perPage: number, page: number): CommentNode[] {
  if (!Number.isInteger(page) || page < 1) return []
  if (!(perPage > 0)) return page === 1 ? tree : []
  const start = (page - 1) * perPage
  return tree.slice(start, start + perPage)
}

/** Number of comment pages, at least 1 even with no comments. */
export function countTopLevelPages(tree: readonly CommentNode[], perPage: number): number {
  if (!(perPage > 0)) return 1
  return Math.max(1, Math.ceil(tree.length / perPage))
}
