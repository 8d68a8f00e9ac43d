'use client'

import Link from 'next/link'

export type MediaPickerItem = {
  url: string
  alt: string
  caption: string
  width: number | null
  height: number | null
}

// Uploaded images as buttons, for the post editor's Image panel. Each button's name is its alt text,
// so the list reads the same with a screen reader as it looks.
export function MediaPicker({ items, onPick }: { items: MediaPickerItem[]; onPick: (item: MediaPickerItem) => void }) {
  if (items.length === 0) {
    return (
      <p className="text-base text-muted">
        No images uploaded yet. Upload them on the {/* A new tab, so the post being written stays open. */}
        <Link href="/admin/media" target="_blank">
          Media page (opens in a new tab)
        </Link>
        .
      </p>
    )
  }
  return (
    <ul aria-label="Uploaded images" className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {items.map((item) => (
        <li key={item.url}>
          <button
            type="button"
            onClick={() => onPick(item)}
            className="flex w-full flex-col items-center gap-1 rounded border border-line bg-card p-2 text-left text-sm hover:bg-accent-soft"
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- our own upload; the button's text names it */}
            <img
              src={item.url}
              alt=""
              width={item.width ?? undefined}
              height={item.height ?? undefined}
              loading="lazy"
              className="h-20 w-full rounded object-contain"
            />
            <span className="line-clamp-2 w-full">Insert {item.alt}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
