import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { getSignedInAuthor } from '@/lib/server/auth/gate'
import { storedBackupPath } from '@/lib/server/backups/scheduled'

// Downloads an automatic backup (linked from the dashboard). Signed-in authors only: a backup holds
// commenters' emails and the site's secrets; a route handler answers strangers with 401 rather than
// redirecting. Only names the backup job writes are looked up.
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  if (!(await getSignedInAuthor())) {
    return new Response('Please sign in.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const { name } = await params
  const file = storedBackupPath(name)
  if (!file) return new Response('Not found', { status: 404 })
  const { size } = await stat(file)
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
    headers: {
      'Content-Type': 'application/gzip',
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
