import { describe, expect, it } from 'vitest'
import { defaultSettings, mergeSettings } from './settings'

describe('mergeSettings', () => {
  it('falls back to defaults for missing, unknown and invalid rows', () => {
    const merged = mergeSettings([
      { key: 'siteTitle', value: 'My Blog' },
      { key: 'commentDepth', value: 99 },
      { key: 'noSuchSetting', value: 'x' },
    ])
    expect(merged.siteTitle).toBe('My Blog')
    expect(merged.commentDepth).toBe(defaultSettings.commentDepth)
    expect(merged).not.toHaveProperty('noSuchSetting')
  })
})
