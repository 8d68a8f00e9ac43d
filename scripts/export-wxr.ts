import 'server-only'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { closeDatabase } from '@/db/client'
import { env } from '@/lib/server/env'
import { exportWxr } from '@/lib/server/export/wxr'

// `npm run export:wxr -- FILE`: the whole site as a WordPress export (WXR 1.2), commenters' emails
// included (it is the owner's backup; keep the file private).
const file = process.argv[2]
if (!file || process.argv.length > 3) {
  console.error('Usage: npm run export:wxr -- site.xml')
  process.exit(1)
}
const out = createWriteStream(file)
try {
  for await (const piece of exportWxr(env.siteUrl)) if (!out.write(piece)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
  console.log(`Exported the site to ${file}.`)
} finally {
  closeDatabase()
}
