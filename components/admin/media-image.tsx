import type { MediaView } from '@/db/queries/media'

// An uploaded image as the editor shows it, at its stored size (no layout shift).
export function MediaImage({
  image,
  className,
  isLazy = false,
}: {
  image: Pick<MediaView, 'url' | 'alt' | 'width' | 'height'>
  className: string
  isLazy?: boolean
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- our own upload, served immutable from /media
    <img
      src={image.url}
      alt={image.alt}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      loading={isLazy ? 'lazy' : undefined}
      className={className}
    />
  )
}
