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

describe('the time-zone setting', () => {
  it('keeps a stored zone the runtime does not know from reaching date formatting', () => {
    expect(mergeSettings([{ key: 'timeZone', value: 'Nowhere/Special' }]).timeZone).toBe(defaultSettings.timeZone)
    expect(mergeSettings([{ key: 'timeZone', value: 'europe/london' }]).timeZone).toBe('Europe/London')
  })
})
