import 'server-only'
import path from 'node:path'
import { env } from '@/lib/server/env'
import { BackupError, createBackup } from '@/lib/server/backups/archive'

// `npm run backup -- FILE`: the database (a consistent snapshot, safe while the site runs and takes
// comments), the uploads and the generated secrets in one .tar.gz, verified before it is named FILE.
// The file holds commenters' emails and the site's secrets: keep it private.
const file = process.argv[2]
if (!file || process.argv.length > 3) {
  console.error('Usage: npm run backup -- spoonpress-backup.tar.gz')
  process.exit(1)
}
try {
  const started = performance.now()
  const { bytes, files } = await createBackup(path.resolve(file), { databasePath: env.databasePath, dataDir: env.dataDir })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`Backed up ${files} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${file} in ${seconds} s, and checked it.`)
} catch (error) {
  console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error)
  process.exit(1)
}
