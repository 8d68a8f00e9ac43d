import { describe, expect, it } from 'vitest'
import { buildCommentTree, clampDepth, countTopLevelPages, paginateTopLevel, type CommentNode, type CommentView } from './tree'

function comment(id: number, parentId: number | null = null, createdAt = id * 1000): CommentView {
  return {
    id,
    parentId,
    authorName: `Reader ${id}`,
    authorUrl: '',
    isPostAuthor: false,
    body: `Comment ${id}`,
    createdAt,
    avatarSeed: `seed-${id}`,
    status: 'approved',
  }
}

type Shape = { id: number; depth: number; children: Shape[] }
function shape(nodes: readonly CommentNode[]): Shape[] {
  return nodes.map((node) => ({ id: node.id, depth: node.depth, children: shape(node.children) }))
}

function flatten(nodes: readonly CommentNode[]): CommentNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)])
}

const oldest = { maxDepth: 5, order: 'oldest' } as const

describe('buildCommentTree', () => {
  it('returns an empty tree for no comments', () => {
    expect(buildCommentTree([], oldest)).toEqual([])
  })

  it('nests replies under their parents with depth from 1', () => {
    const tree = buildCommentTree([comment(1), comment(2, 1), comment(3, 2), comment(4)], oldest)
    expect(shape(tree)).toEqual([
      { id: 1, depth: 1, children: [{ id: 2, depth: 2, children: [{ id: 3, depth: 3, children: [] }] }] },
      { id: 4, depth: 1, children: [] },
    ])
  })

  it('keeps every field of the comment on its node', () => {
    const view: CommentView = { ...comment(7), authorUrl: 'https://example.com', isPostAuthor: true, status: 'pending' }
    const [node] = buildCommentTree([view], oldest)
    expect(node).toEqual({ ...view, depth: 1, children: [] })
  })

  it('does not mutate its input', () => {
    const input = [comment(2, 1), comment(1)]
    const copy = structuredClone(input)
    buildCommentTree(input, oldest)
    expect(input).toEqual(copy)
  })

  it('orders top-level comments oldest or newest first', () => {
    const comments = [comment(2, null, 2000), comment(1, null, 1000), comment(3, null, 3000)]
    expect(buildCommentTree(comments, oldest).map((node) => node.id)).toEqual([1, 2, 3])
    expect(buildCommentTree(comments, { maxDepth: 5, order: 'newest' }).map((node) => node.id)).toEqual([3, 2, 1])
  })

  it('always orders replies oldest first, even when top-level is newest first', () => {
    const comments = [comment(1, null, 1000), comment(4, 1, 4000), comment(2, 1, 2000), comment(3, 1, 3000), comment(5, null, 5000)]
    const tree = buildCommentTree(comments, { maxDepth: 5, order: 'newest' })
    expect(tree.map((node) => node.id)).toEqual([5, 1])
    expect(tree[1]?.children.map((node) => node.id)).toEqual([2, 3, 4])
  })

  it('breaks timestamp ties by id', () => {
    const comments = [comment(3, null, 1000), comment(1, null, 1000), comment(2, null, 1000)]
    expect(buildCommentTree(comments, oldest).map((node) => node.id)).toEqual([1, 2, 3])
  })

  it('lets a reply at the deepest level join that level (WordPress)', () => {
    // 1 ← 2 ← 3 with maxDepth 3; 4 replies to 3 (depth 3), 5 replies to 4.
    const comments = [comment(1), comment(2, 1), comment(3, 2), comment(4, 3), comment(5, 4)]
    const tree = buildCommentTree(comments, { maxDepth: 3, order: 'oldest' })
    expect(shape(tree)).toEqual([
      {
        id: 1,
        depth: 1,
        children: [
          {
            id: 2,
            depth: 2,
            children: [
              { id: 3, depth: 3, children: [] },
              { id: 4, depth: 3, children: [] },
              { id: 5, depth: 3, children: [] },
            ],
          },
        ],
      },
    ])
    expect(flatten(tree).find((node) => node.id === 5)?.parentId).toBe(4)
  })

  it('is flat with maxDepth 1', () => {
    const tree = buildCommentTree([comment(1), comment(2, 1), comment(3, 2)], { maxDepth: 1, order: 'oldest' })
    expect(shape(tree)).toEqual([
      { id: 1, depth: 1, children: [] },
      { id: 2, depth: 1, children: [] },
      { id: 3, depth: 1, children: [] },
    ])
  })

  it('clamps out-of-range maxDepth', () => {
    const chain = Array.from({ length: 15 }, (_, index) => comment(index + 1, index === 0 ? null : index))
    const deepest = (maxDepth: number) => Math.max(...flatten(buildCommentTree(chain, { maxDepth, order: 'oldest' })).map((node) => node.depth))
    expect(deepest(0)).toBe(1)
    expect(deepest(50)).toBe(10)
  })

  it('makes a comment whose parent is missing top-level', () => {
    const tree = buildCommentTree([comment(1), comment(3, 2), comment(4, 3)], oldest)
    expect(shape(tree)).toEqual([
      { id: 1, depth: 1, children: [] },
      { id: 3, depth: 1, children: [{ id: 4, depth: 2, children: [] }] },
    ])
  })

  it('places a reply that arrives before its parent (clock skew, imports)', () => {
    const tree = buildCommentTree([comment(1, null, 5000), comment(2, 1, 1000)], oldest)
    expect(shape(tree)).toEqual([{ id: 1, depth: 1, children: [{ id: 2, depth: 2, children: [] }] }])
  })

  it('survives loops in the ancestry without losing comments', () => {
    const tree = buildCommentTree([comment(1, 2), comment(2, 1), comment(3, 3), comment(4, 1)], oldest)
    const all = flatten(tree)
    expect(all.map((node) => node.id).sort()).toEqual([1, 2, 3, 4])
    expect(tree.map((node) => node.id)).toContain(3)
    expect(tree.length).toBeGreaterThanOrEqual(2)
  })

  it('keeps the first of duplicate ids', () => {
    const tree = buildCommentTree([comment(1), { ...comment(1), body: 'duplicate', createdAt: 9000 }], oldest)
    expect(tree).toHaveLength(1)
    expect(tree[0]?.body).toBe('Comment 1')
  })

  it('handles a long chain and a large thread quickly', () => {
    const chain = Array.from({ length: 50_000 }, (_, index) => comment(index + 1, index === 0 ? null : index))
    const started = performance.now()
    const tree = buildCommentTree(chain, { maxDepth: 5, order: 'newest' })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(tree).toHaveLength(1)
    expect(flatten(tree)).toHaveLength(50_000)
  })

  it('builds a 200-comment thread like the seed post', () => {
    const comments: CommentView[] = []
    for (let id = 1; id <= 200; id++) comments.push(comment(id, id % 4 === 1 ? null : id - 1))
    const tree = buildCommentTree(comments, { maxDepth: 5, order: 'newest' })
    expect(tree).toHaveLength(50)
    expect(tree[0]?.id).toBe(197)
    expect(flatten(tree)).toHaveLength(200)
    expect(Math.max(...flatten(tree).map((node) => node.depth))).toBe(4)
  })
})

describe('clampDepth', () => {
  it.each([
    [0, 1],
    [-3, 1],
    [1, 1],
    [5, 5],
    [10, 10],
    [11, 10],
    [3.7, 3],
    [Number.NaN, 5],
    [Number.POSITIVE_INFINITY, 5],
  ])('clampDepth(%s) = %s', (input, expected) => {
    expect(clampDepth(input)).toBe(expected)
  })
})

describe('pagination', () => {
  const tree = buildCommentTree(
    Array.from({ length: 7 }, (_, index) => comment(index + 1)),
    oldest,
  )

  it('slices top-level comments by page', () => {
    expect(paginateTopLevel(tree, 3, 1).map((node) => node.id)).toEqual([1, 2, 3])
    expect(paginateTopLevel(tree, 3, 3).map((node) => node.id)).toEqual([7])
  })

  it('returns nothing for pages out of range', () => {
    expect(paginateTopLevel(tree, 3, 4)).toEqual([])
    expect(paginateTopLevel(tree, 3, 0)).toEqual([])
    expect(paginateTopLevel(tree, 3, 1.5)).toEqual([])
  })

  it('puts everything on page 1 when perPage is 0', () => {
    expect(paginateTopLevel(tree, 0, 1)).toHaveLength(7)
    expect(paginateTopLevel(tree, 0, 2)).toEqual([])
  })

  it('keeps replies with their top-level comment', () => {
    const threaded = buildCommentTree([comment(1), comment(2, 1), comment(3, 2), comment(4)], oldest)
    expect(shape(paginateTopLevel(threaded, 1, 1))).toEqual([
      { id: 1, depth: 1, children: [{ id: 2, depth: 2, children: [{ id: 3, depth: 3, children: [] }] }] },
    ])
  })

  it('counts pages', () => {
    expect(countTopLevelPages(tree, 3)).toBe(3)
    expect(countTopLevelPages(tree, 7)).toBe(1)
    expect(countTopLevelPages(tree, 0)).toBe(1)
    expect(countTopLevelPages([], 10)).toBe(1)
    expect(countTopLevelPages(tree, Number.NaN)).toBe(1)
  })
})
