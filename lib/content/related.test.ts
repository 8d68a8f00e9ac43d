import { describe, expect, it } from 'vitest'
import { scoreRelated } from './related'

const target = { id: 1, tagIds: [10, 11, 12], categoryIds: [100, 101] }
const post = (id: number, tagIds: number[], categoryIds: number[], publishedAt = id) => ({ id, tagIds, categoryIds, publishedAt })

describe('scoreRelated', () => {
  it('orders by shared tags (2 points) and categories (1 point)', () => {
    const candidates = [
      post(2, [], [100]), // 1
      post(3, [10], []), // 2
      post(4, [10, 11], [100]), // 5
      post(5, [10], [100, 101]), // 4
    ]
    expect(scoreRelated(target, candidates)).toEqual([4, 5, 3, 2])
  })

  it('breaks ties by newer publishedAt, then id', () => {
    const candidates = [post(2, [10], [], 1000), post(3, [11], [], 3000), post(4, [12], [], 2000), post(5, [], [100, 101], 500)]
    expect(scoreRelated(target, candidates)).toEqual([3, 4, 2, 5])
    expect(scoreRelated(target, [post(6, [10], [], 1), post(7, [10], [], 1)])).toEqual([7, 6])
  })

  it('excludes the target and posts sharing nothing', () => {
    const candidates = [post(1, [10], [100]), post(2, [99], [999]), post(3, [], []), post(4, [10], [])]
    expect(scoreRelated(target, candidates)).toEqual([4])
  })

  it('honours the limit (4 by default)', () => {
    const candidates = Array.from({ length: 10 }, (_, index) => post(index + 2, [10], []))
    expect(scoreRelated(target, candidates)).toHaveLength(4)
    expect(scoreRelated(target, candidates, 2)).toEqual([11, 10])
    expect(scoreRelated(target, candidates, 0)).toEqual([])
  })

  it('does not count duplicated ids twice', () => {
    const candidates = [post(2, [10, 10, 10], [], 1), post(3, [10, 11], [], 0)]
    expect(scoreRelated(target, candidates)).toEqual([3, 2])
    expect(scoreRelated(target, [post(2, [10], [], 1), post(2, [10], [], 1)])).toEqual([2])
  })

  it('returns nothing when the target has no taxonomy', () => {
    expect(scoreRelated({ id: 1, tagIds: [], categoryIds: [] }, [post(2, [10], [100])])).toEqual([])
  })
})
