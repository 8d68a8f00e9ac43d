'use client'

import { startTransition, useActionState, useEffect, useOptimistic, useRef, useState, useSyncExternalStore } from 'react'
import { saveMenuStructureAction } from '@/app/(admin)/_actions/menus'
import { messageClass } from '@/components/ui/form-message'
import type { MenuItemForEdit } from '@/db/queries/admin-menus'
import { initialFormState } from '@/lib/form-state'
import { availableMoves, menuOutline, placeMenuItem, type Placement } from '@/lib/menus/edit'
import { cn } from '@/lib/utils'
import { MenuItemCard, menuItemTitle } from './menu-item-card'

type DropHint = { targetId: number; placement: Placement }

const subscribeToNothing = () => () => {}

// The top and bottom thirds of an item drop before or after it; the middle puts the item underneath.
function placementAt(event: React.DragEvent<HTMLElement>): Placement {
  const box = event.currentTarget.getBoundingClientRect()
  const offset = (event.clientY - box.top) / Math.max(box.height, 1)
  return offset < 1 / 3 ? 'before' : offset > 2 / 3 ? 'after' : 'inside'
}

const hintClasses: Record<Placement, string> = {
  before: 'border-t-accent',
  after: 'border-b-accent',
  inside: 'rounded bg-accent-soft outline-2 outline-accent',
}

// The menu as a nested list. The buttons in each item do everything without JavaScript; with it,
// items can also be dragged, and the whole new structure is saved through one action.
export function MenuEditor({ items }: { items: MenuItemForEdit[] }) {
  const [saveState, saveAction, isSaving] = useActionState(saveMenuStructureAction, initialFormState)
  const [shownItems, showItems] = useOptimistic(items)
  // Drag handles only appear once the script runs, since only then can they do anything.
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
  const [draggedId, setDraggedId] = useState<number | null>(null)
  const [dropHint, setDropHint] = useState<DropHint | null>(null)
  // The control a keyboard user pressed: after the page refreshes with the moved item, focus goes
  // back to the same control (or the item's first one when that move no longer applies).
  const pendingFocus = useRef<{ itemId: number; controlId: string } | null>(null)
  // Said to screen readers when a move button is pressed: the list changes under the focus otherwise
  // without a word.
  const [moveAnnouncement, setMoveAnnouncement] = useState('')

  useEffect(() => {
    const target = pendingFocus.current
    if (!target) return
    pendingFocus.current = null
    const control = document.getElementById(target.controlId) ?? document.querySelector<HTMLElement>(`[data-menu-item-id="${target.itemId}"] button`)
    control?.focus()
  }, [items])

  const byId = new Map(shownItems.map((item) => [item.id, item]))
  const childrenOf = new Map<number | null, number[]>()
  for (const entry of menuOutline(shownItems)) childrenOf.set(entry.parentId, [...(childrenOf.get(entry.parentId) ?? []), entry.id])

  function handleDragOver(event: React.DragEvent<HTMLDivElement>, targetId: number) {
    if (draggedId === null || draggedId === targetId) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'move'
    const placement = placementAt(event)
    if (dropHint?.targetId !== targetId || dropHint.placement !== placement) setDropHint({ targetId, placement })
  }

  function handleDrop(event: React.DragEvent<HTMLDivElement>, targetId: number) {
    event.preventDefault()
    const next = draggedId === null ? null : placeMenuItem(shownItems, draggedId, targetId, placementAt(event))
    setDraggedId(null)
    setDropHint(null)
    if (!next) return
    const nodeById = new Map(next.map((node) => [node.id, node]))
    const form = new FormData()
    form.set('structure', JSON.stringify(next))
    startTransition(() => {
      showItems(shownItems.map((item) => ({ ...item, ...nodeById.get(item.id) })))
      saveAction(form)
    })
  }

  const renderLevel = (parentId: number | null, depth: number): React.ReactNode => {
    const ids = childrenOf.get(parentId) ?? []
    if (ids.length === 0) return null
    return (
      <ol className={depth === 0 ? 'space-y-3' : 'mt-3 space-y-3 border-l-2 border-line pl-4 md:pl-8'}>
        {ids.map((id) => {
          const item = byId.get(id)
          if (!item) return null
          const title = menuItemTitle(item)
          return (
            <li key={id} data-menu-item-id={id}>
              <div
                onDragOver={(event) => handleDragOver(event, id)}
                onDrop={(event) => handleDrop(event, id)}
                className={cn('border-y-4 border-transparent', dropHint?.targetId === id && hintClasses[dropHint.placement])}
              >
                <MenuItemCard
                  item={item}
                  moves={availableMoves(shownItems, id)}
                  onControlUsed={(controlId, announcement) => {
                    pendingFocus.current = { itemId: id, controlId }
                    setMoveAnnouncement(announcement)
                  }}
                  dragHandle={
                    isHydrated ? (
                      <span
                        draggable
                        title={`Drag ${title}`}
                        aria-hidden="true"
                        onDragStart={(event) => {
                          event.dataTransfer.setData('text/plain', String(id))
                          event.dataTransfer.effectAllowed = 'move'
                          setDraggedId(id)
                        }}
                        onDragEnd={() => {
                          setDraggedId(null)
                          setDropHint(null)
                        }}
                        className="cursor-grab rounded border border-line px-2 text-muted select-none"
                      >
                        ⠿
                      </span>
                    ) : null
                  }
                />
              </div>
              {renderLevel(id, depth + 1)}
            </li>
          )
        })}
      </ol>
    )
  }

  if (shownItems.length === 0) return <p className="mt-4">The menu is empty. Add pages, categories, posts or links from the panel.</p>
  return (
    <div className="mt-4">
      {isHydrated ? (
        <p className="mb-3 text-sm text-muted">
          Drag an item by its handle (⠿): drop it on the top or bottom edge of another item to place it before or after, or on the middle to put it underneath.
          The buttons do the same from the keyboard.
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="mb-2">
        {isSaving ? <p className="text-sm text-muted">Saving the new order…</p> : null}
        {moveAnnouncement ? <p className="sr-only">{moveAnnouncement}</p> : null}
        {!isSaving && saveState.message ? <p className={messageClass(saveState.status, 'text-sm font-bold text-sage')}>{saveState.message}</p> : null}
      </div>
      {renderLevel(null, 0)}
    </div>
  )
}
