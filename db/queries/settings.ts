import 'server-only'
import { eq } from 'drizzle-orm'
import { mergeSettings, type SiteSettings } from '@/lib/settings'
import { db, preparedQuery } from '../client'
import { settings } from '../schema'

// Read by every comment post and every render that needs a setting: prepared once.
const allSettings = preparedQuery((db) => db.select().from(settings).prepare())

export async function getSettings(): Promise<SiteSettings> {
  return mergeSettings(await allSettings().all())
}

// The value column is NOT NULL (a JSON null would be SQL NULL): a null setting is stored as no row,
// which reads back as its default (null for the only nullable setting, defaultCategoryId).
export async function updateSettings(changes: Partial<SiteSettings>): Promise<void> {
  const rows = Object.entries(changes).map(([key, value]) => ({ key, value }))
  if (rows.length === 0) return
  await db.transaction((tx) => {
    for (const row of rows) {
      if (row.value === null || row.value === undefined) tx.delete(settings).where(eq(settings.key, row.key)).run()
      else
        tx.insert(settings)
          .values(row)
          .onConflictDoUpdate({ target: settings.key, set: { value: row.value } })
          .run()
    }
  })
}
