import { describe, expect, it } from 'vitest'
import { defaultSettings } from '@/lib/settings'
import { openTemporaryDatabase } from '@/test/temp-database'

openTemporaryDatabase()
const queries = await import('./settings')

describe('settings on a real database', () => {
  it('reads the defaults from an empty table', async () => {
    expect(await queries.getSettings()).toEqual(defaultSettings)
  })

  it('saves every setting at once and reads them back', async () => {
    const changed = {
      ...defaultSettings,
      siteTitle: 'Other Notes',
      commentDepth: 1,
      commentModerationFirst: false,
      commentOrder: 'newest' as const,
      defaultCategoryId: 4,
    }
    await queries.updateSettings(changed)
    expect(await queries.getSettings()).toEqual(changed)
  })

  it('stores a null category as its default, so the fallback category is automatic again', async () => {
    await queries.updateSettings({ defaultCategoryId: 4 })
    await queries.updateSettings({ ...defaultSettings, defaultCategoryId: null })
    expect(await queries.getSettings()).toEqual(defaultSettings)
  })
})
