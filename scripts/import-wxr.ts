import 'server-only'
import { parseArgs } from 'node:util'
import { closeDatabase } from '@/db/client'
import { importWxrFile } from '@/lib/server/import/run'
import { WxrError } from '@/lib/wxr/records'
import { formatImportReport, isUnchanged } from '@/lib/wxr/report'
import { importChangedTags } from '@/lib/cache-tags'
import { announceContentChange } from '@/lib/server/content-change-log'

// `npm run import:wxr -- FILE [--uploads DIR]`: imports a WordPress export (WXR) into the database at
// DATABASE_PATH, with the server running or not: the change goes into the change log, which every
// running web process applies to its caches within a second (docs/decisions/0025-many-processes.md).
const { values, positionals } = parseArgs({ allowPositionals: true, options: { uploads: { type: 'string' } } })
const file = positionals[0]
if (!file || positionals.length > 1) {
  console.error('Usage: npm run import:wxr -- export.xml [--uploads path/to/wp-content/uploads]')
  process.exit(1)
}
try {
  const report = await importWxrFile(file, {
    uploadsDir: values.uploads,
    onProgress: (progress) => process.stderr.write(`\r${progress.phase} ${Math.round((progress.processedBytes / Math.max(progress.totalBytes, 1)) * 100)}%   `),
  })
  process.stderr.write('\n')
  if (!isUnchanged(report)) await announceContentChange(importChangedTags, { appliedHere: false })
  console.log(formatImportReport(report))
} catch (error) {
  process.stderr.write('\n')
  if (error instanceof WxrError) {
    console.error(`Import refused, nothing was changed: ${error.message}`)
    process.exit(1)
  }
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
    console.error(`No such file: ${file}`)
    process.exit(1)
  }
  throw error
} finally {
  closeDatabase()
}
