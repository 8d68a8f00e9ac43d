'use client'

import { useState, type KeyboardEvent } from 'react'
import { cn } from '@/lib/utils'
import type { ToolbarItem } from './toolbar-items'

const BUTTON_CLASS = cn(
  'min-h-11 rounded-md border border-[#8a8278] bg-card px-3 text-base text-ink',
  'not-aria-pressed:hover:bg-accent-soft aria-pressed:border-accent-dark aria-pressed:bg-accent aria-pressed:text-white',
  'aria-expanded:border-accent aria-expanded:bg-accent-soft aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
)

// One tab stop for the whole toolbar; arrow keys, Home and End move between its buttons (the ones
// shown: on a phone the secondary ones may be folded away).
function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button')).filter((button) => button.checkVisibility?.() ?? true)
  const current = buttons.findIndex((button) => button === document.activeElement)
  if (current === -1) return
  const next =
    event.key === 'ArrowRight'
      ? (current + 1) % buttons.length
      : event.key === 'ArrowLeft'
        ? (current - 1 + buttons.length) % buttons.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? buttons.length - 1
            : null
  if (next === null) return
  event.preventDefault()
  buttons[next]?.focus()
}

/**
 * The formatting toolbar: toggle buttons carry aria-pressed, panel buttons aria-expanded. It sticks to
 * the top of the screen while the body scrolls; below a tablet width the secondary buttons sit behind
 * "More".
 */
export function Toolbar({ items, surfaceId, buttonIds }: { items: ToolbarItem[]; surfaceId: string; buttonIds: Record<string, string> }) {
  const [focusIndex, setFocusIndex] = useState(0)
  const [isMoreOpen, setIsMoreOpen] = useState(false)
  const moreIndex = items.length
  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      aria-controls={surfaceId}
      onKeyDown={onToolbarKeyDown}
      className="sticky top-0 z-10 mt-2 flex flex-wrap gap-1 rounded-md border border-line bg-paper p-1"
    >
      {items.map((item, index) => (
        <button
          key={item.label}
          id={buttonIds[item.label]}
          type="button"
          tabIndex={index === Math.min(focusIndex, moreIndex) ? 0 : -1}
          aria-pressed={item.pressed}
          aria-expanded={item.expanded}
          aria-controls={item.expanded ? item.controls : undefined}
          aria-disabled={item.disabled ? true : undefined}
          aria-keyshortcuts={item.keyShortcuts}
          onFocus={() => setFocusIndex(index)}
          onClick={() => {
            if (!item.disabled) item.onClick()
          }}
          className={cn(BUTTON_CLASS, item.className, item.isSecondary && !isMoreOpen && 'max-md:hidden')}
        >
          {item.label}
        </button>
      ))}
      <button
        type="button"
        tabIndex={focusIndex === moreIndex ? 0 : -1}
        aria-expanded={isMoreOpen}
        onFocus={() => setFocusIndex(moreIndex)}
        onClick={() => setIsMoreOpen(!isMoreOpen)}
        className={cn(BUTTON_CLASS, 'md:hidden')}
      >
        More
      </button>
    </div>
  )
}
