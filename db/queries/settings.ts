import 'server-only'
import { mergeSettings, type SiteSettings } from '@/lib/settings'
import { db } from '../client'
import { settings } from '../schema'

export async function getSettings(): Promise<SiteSettings> {
  return mergeSettings(await db.select().from(settings))
}

export async function updateSettings(changes: Partial<SiteSettings>): Promise<void> {
  const rows = Object.entries(changes).map(([key, value]) => ({ key, value }))
  if (rows.length === 0) return
  db.transaction((tx) => {
    for (const row of rows) {
      tx.insert(settings).values(row).onConflictDoUpdate({ target: settings.key, set: { value: row.value } }).run()
    }
  })
}
