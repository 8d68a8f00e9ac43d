import { describe, expect, it } from 'vitest'
import { processGlobal } from './process-global'

describe('processGlobal', () => {
  it('creates the value once and hands the same one to every module that names it', () => {
    let created = 0
    const first = processGlobal<{ id: number }>('test-slot').getOrCreate(() => ({ id: ++created }))
    const second = processGlobal<{ id: number }>('test-slot').getOrCreate(() => ({ id: ++created }))
    expect(second).toBe(first)
    expect(created).toBe(1)
  })

  it('forgets the value when cleared, so the next call creates a new one', () => {
    const slot = processGlobal<number>('test-clear')
    slot.getOrCreate(() => 1)
    slot.clear()
    expect(slot.get()).toBeUndefined()
    expect(slot.getOrCreate(() => 2)).toBe(2)
  })
})
