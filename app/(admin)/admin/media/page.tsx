import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MediaImage } from '@/components/admin/media-image'
import { MediaUploadForm } from '@/components/admin/media-upload-form'
import { countMedia, listMedia } from '@/db/queries/media'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { pageCount, parsePageNumber } from '@/lib/content/pagination'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Media – Spoonpress' }

const perPage = 24

export default async function MediaPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  await requireAuthorPage()
  const { page: rawPage } = await searchParams
  const page = rawPage === undefined ? 1 : parsePageNumber(String(rawPage))
  const total = await countMedia()
  if (page === null || page > pageCount(total, perPage)) notFound()
  const images = await listMedia(perPage, (page - 1) * perPage)
  return (
    <>
      <h1 className="text-3xl font-bold">Media</h1>
      <section aria-labelledby="upload-heading" className="mt-6">
        <h2 id="upload-heading" className="text-xl font-bold">
          Upload an image
        </h2>
        <MediaUploadForm />
      </section>
      <section aria-labelledby="library-heading" className="mt-8">
        <h2 id="library-heading" className="text-xl font-bold">
          Uploaded images
        </h2>
        {total === 0 ? <p className="mt-2 text-muted">No images yet.</p> : null}
        <ul className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {images.map((image) => (
            <li key={image.id} className="rounded-lg border border-line bg-card p-3">
              <figure>
                <MediaImage image={image} isLazy className="h-40 w-full rounded bg-paper object-contain" />
                {image.caption ? <figcaption className="mt-2 text-base">{image.caption}</figcaption> : null}
              </figure>
              <label htmlFor={`media-address-${image.id}`} className="mt-2 block text-sm font-bold">
                Address
              </label>
              <input id={`media-address-${image.id}`} type="text" readOnly value={image.url} className="input font-mono text-sm" />
              <Link href={`/admin/media/${image.id}`} className="mt-2 inline-block text-sm">
                Edit alt text and caption<span className="sr-only"> of {image.alt || image.originalName}</span>
              </Link>
            </li>
          ))}
        </ul>
        <nav aria-label="Media pages" className="mt-4 flex gap-4">
          {page > 1 ? <Link href={page === 2 ? '/admin/media' : `/admin/media?page=${page - 1}`}>Newer images</Link> : null}
          {page < pageCount(total, perPage) ? <Link href={`/admin/media?page=${page + 1}`}>Older images</Link> : null}
        </nav>
      </section>
    </>
  )
}
