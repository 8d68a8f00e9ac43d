import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MediaTextForm } from '@/components/admin/media-text-form'
import { getMediaById } from '@/db/queries/media'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { MediaImage } from '@/components/admin/media-image'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Edit image – Spoonpress' }

export default async function EditMediaPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAuthorPage()
  const { id } = await params
  if (!/^\d{1,15}$/.test(id)) notFound()
  const image = await getMediaById(Number(id))
  if (!image) notFound()
  return (
    <>
      <p>
        <Link href="/admin/media">← Media</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Edit image</h1>
      <MediaImage image={image} className="mt-4 max-h-64 w-auto rounded bg-paper object-contain" />
      <p className="mt-2 text-sm text-muted">{image.originalName}</p>
      <MediaTextForm id={image.id} alt={image.alt} caption={image.caption} />
    </>
  )
}
