import { describe, expect, it } from 'vitest'
import { isPostUnlocked, isRightPassword, passwordProof, withUnlockedPost } from './password'

describe('post passwords', () => {
  it('unlocks a post only with a proof of its current password', () => {
    const cookie = withUnlockedPost(null, 7, passwordProof(7, 'enter', 'secret'))
    expect(isPostUnlocked(cookie, 7, 'enter', 'secret')).toBe(true)
    expect(isPostUnlocked(cookie, 7, 'changed', 'secret')).toBe(false)
    expect(isPostUnlocked(cookie, 8, 'enter', 'secret')).toBe(false)
    expect(isPostUnlocked(cookie, 7, 'enter', 'other secret')).toBe(false)
    expect(isPostUnlocked(`7-${'a'.repeat(32)}`, 7, 'enter', 'secret')).toBe(false)
    expect(isPostUnlocked(null, 9, '', 'secret')).toBe(true)
  })

  it('keeps several unlocked posts and compares passwords exactly', () => {
    const cookie = withUnlockedPost(withUnlockedPost(null, 1, passwordProof(1, 'a', 's')), 2, passwordProof(2, 'b', 's'))
    expect(isPostUnlocked(cookie, 1, 'a', 's') && isPostUnlocked(cookie, 2, 'b', 's')).toBe(true)
    expect(isRightPassword('enter', 'enter')).toBe(true)
    expect(isRightPassword('Enter', 'enter')).toBe(false)
    expect(isRightPassword('', '')).toBe(false)
  })
})
