import 'server-only'
import { count, desc, eq } from 'drizzle-orm'
import { mediaUrl } from '@/lib/media/paths'
import { db } from '../client'
import { media } from '../schema'

export type NewMedia = {
  fileName: string
  originalName: string
  mimeType: string
  sizeBytes: number
  width: number | null
  height: number | null
  alt: string
  caption: string
  authorId: number | null
}

export type MediaView = Omit<NewMedia, 'authorId'> & { id: number; url: string; createdAt: number }

const viewColumns = {
  id: media.id,
  fileName: media.fileName,
  originalName: media.originalName,
  mimeType: media.mimeType,
  sizeBytes: media.sizeBytes,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  createdAt: media.createdAt,
}

function toView(row: Omit<MediaView, 'url'>): MediaView {
  return { ...row, url: mediaUrl(row.fileName) }
}

export async function insertMedia(newMedia: NewMedia): Promise<MediaView> {
  const [row] = await db
    .insert(media)
    .values({ ...newMedia, createdAt: Date.now() })
    .returning(viewColumns)
  if (!row) throw new Error('The media insert returned no row')
  return toView(row)
}

/** Newest first. */
export async function listMedia(limit: number, offset: number): Promise<MediaView[]> {
  const rows = await db.select(viewColumns).from(media).orderBy(desc(media.createdAt), desc(media.id)).limit(limit).offset(offset)
  return rows.map(toView)
}

export async function getMediaByFileName(fileName: string): Promise<MediaView | null> {
  const [row] = await db.select(viewColumns).from(media).where(eq(media.fileName, fileName)).limit(1)
  return row ? toView(row) : null
}

export async function getMediaById(id: number): Promise<MediaView | null> {
  const [row] = await db.select(viewColumns).from(media).where(eq(media.id, id)).limit(1)
  return row ? toView(row) : null
}

/** The image after the change, or null when there is no image with that id. */
export async function updateMediaText(id: number, text: { alt: string; caption: string }): Promise<MediaView | null> {
  const [row] = await db.update(media).set({ alt: text.alt, caption: text.caption }).where(eq(media.id, id)).returning(viewColumns)
  return row ? toView(row) : null
}

export async function countMedia(): Promise<number> {
  const [row] = await db.select({ total: count() }).from(media)
  return row?.total ?? 0
}
