import 'server-only'
import path from 'node:path'
import { env } from '@/lib/server/env'
import { BackupError, restoreBackup } from '@/lib/server/backups/archive'

// `npm run restore -- FILE [--force]`: a backup from `npm run backup` (or DATA_DIR/backups) into
// DATA_DIR, which must be empty; with --force, what is there is moved aside, never deleted. Stop the
// server first, start it again afterwards.
const args = process.argv.slice(2)
const force = args.includes('--force')
const files = args.filter((arg) => arg !== '--force')
if (files.length !== 1 || args.some((arg) => arg.startsWith('--') && arg !== '--force')) {
  console.error('Usage: npm run restore -- spoonpress-backup.tar.gz [--force]')
  process.exit(1)
}
try {
  const { keptAside, manifest } = await restoreBackup(path.resolve(files[0] ?? ''), { dataDir: env.dataDir, databasePath: env.databasePath, force })
  console.log(`Restored ${manifest.files.length} files from a backup taken ${new Date(manifest.createdAt).toISOString()} into ${env.dataDir}.`)
  for (const aside of keptAside) console.log(`What was there before is kept at ${aside}.`)
  console.log('Start the site with npm start.')
} catch (error) {
  console.error(error instanceof BackupError ? `Restore refused: ${error.message} Nothing was changed.` : error)
  process.exit(1)
}
