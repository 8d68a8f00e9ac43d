import { describe, expect, it } from 'vitest'
import { isParentLoop } from './tree'

// about(1) > team(2) > maren(3); contact(4) at the top.
const parents = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
  [4, null],
])
const parentOf = async (id: number) => parents.get(id) ?? null

describe('isParentLoop', () => {
  it('allows a page at the top or under an unrelated page', async () => {
    expect(await isParentLoop(1, null, parentOf)).toBe(false)
    expect(await isParentLoop(1, 4, parentOf)).toBe(false)
    expect(await isParentLoop(null, 3, parentOf)).toBe(false)
  })

  it('refuses a page under itself or any of its subpages', async () => {
    expect(await isParentLoop(1, 1, parentOf)).toBe(true)
    expect(await isParentLoop(1, 2, parentOf)).toBe(true)
    expect(await isParentLoop(1, 3, parentOf)).toBe(true)
  })

  it('stops walking a stored tree that already has a cycle instead of hanging', async () => {
    const cyclic = new Map([
      [5, 6],
      [6, 5],
    ])
    let reads = 0
    expect(await isParentLoop(7, 5, async (id) => (reads++, cyclic.get(id) ?? null))).toBe(false)
    expect(reads).toBe(50)
  })
})
