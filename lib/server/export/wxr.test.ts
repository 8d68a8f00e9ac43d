import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTemporaryDatabase } from '@/test/temp-database'
import { wordpressFixturePath as fixture } from '@/test/wordpress-fixture'

openTemporaryDatabase()
const { closeDatabase } = await import('@/db/client')
const { importWxrFile } = await import('@/lib/server/import/run')
const { exportWxr } = await import('./wxr')
const { parseWxrText } = await import('@/lib/wxr/parse')

const siteUrl = 'https://spoon.example'

async function exportText(generatedAt: Date): Promise<string> {
  let text = ''
  for await (const piece of exportWxr(siteUrl, generatedAt)) text += piece
  return text
}

// The two things that say when the file was made.
function withoutGenerationTime(wxr: string): string {
  return wxr.replace(/created="[^"]*"/, '').replace(/<pubDate>[^<]*<\/pubDate>/, '')
}

describe('WXR export', () => {
  it('round-trips: export, import into an empty database, export again gives the same file item for item', async () => {
    await importWxrFile(fixture)
    const first = await exportText(new Date('2026-01-01T00:00:00Z'))

    const records = parseWxrText(first)
    const count = (type: string) => records.filter((record) => record.kind === 'item' && record.postType === type).length
    expect([count('post'), count('page'), count('attachment'), count('nav_menu_item')]).toEqual([58, 21, 37, 52])
    expect(records.filter((record) => record.kind === 'comment')).toHaveLength(33)
    // The owner's backup carries commenters' emails, as WordPress's does (signed-in only).
    expect(first).toContain('<wp:comment_author_email>')

    closeDatabase()
    const second = openTemporaryDatabase()
    const file = path.join(path.dirname(second), 'first.xml')
    writeFileSync(file, first)
    const report = await importWxrFile(file)
    expect(report.skipped).toEqual([])
    const again = await exportText(new Date('2026-02-02T12:00:00Z'))

    expect(withoutGenerationTime(again)).toBe(withoutGenerationTime(first))
  })
})
