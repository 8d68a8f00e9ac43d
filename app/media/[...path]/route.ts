import { getMediaByFileName } from '@/db/queries/media'
import { mimeTypeForUploadFileName, uploadFileNameFromSegments } from '@/lib/media/paths'
import { readUpload } from '@/lib/server/media/storage'

// Uploaded images, public like the posts that show them. Only names the upload action could have made
// are looked up; the stored type came from the file's bytes, and nosniff plus a CSP that allows
// nothing keep a disguised file from ever running as a page. HEAD is answered by GET (Next does this).
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const fileName = uploadFileNameFromSegments((await params).path)
  if (!fileName) return notFound()
  const [bytes, row] = await Promise.all([readUpload(fileName), getMediaByFileName(fileName)])
  const contentType = row?.mimeType ?? mimeTypeForUploadFileName(fileName)
  if (!bytes || !contentType) return notFound()
  return new Response(bytes, {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(bytes.length),
      // The name is random and never reused, so the bytes behind it never change.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
    },
  })
}

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } })
}
