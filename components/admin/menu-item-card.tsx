'use client'

import { useActionState } from 'react'
import { moveMenuItemAction, removeMenuItemAction, renameMenuItemAction } from '@/app/(admin)/_actions/menus'
import { buttonClass } from '@/components/ui/button'
import type { MenuItemForEdit } from '@/db/queries/admin-menus'
import { initialFormState } from '@/lib/form-state'
import type { MenuMove } from '@/lib/menus/edit'
import { fieldLimits } from '@/lib/field-limits'

const kindLabels: Record<MenuItemForEdit['kind'], string> = { page: 'Page', category: 'Category', post: 'Post', custom: 'Custom link' }
const moveWords: Record<MenuMove, string> = { up: 'up', down: 'down', in: 'in', out: 'out' }
const moveHints: Record<MenuMove, string> = {
  up: 'Before the item above',
  down: 'After the item below',
  in: 'Under the item above',
  out: 'One level up, after its parent',
}
const moveOrder: MenuMove[] = ['up', 'down', 'in', 'out']

const smallButton = buttonClass({ variant: 'secondary', size: 'bare', className: 'px-2 py-1 text-sm' })

export function menuItemTitle(item: Pick<MenuItemForEdit, 'label' | 'targetTitle' | 'url'>): string {
  return item.label || item.targetTitle || item.url || 'Untitled'
}

// One form per button so every control works without JavaScript. The item's title is part of each
// button's name, so a screen reader moving through the buttons hears which item each one moves.
export function MenuItemCard({
  item,
  moves,
  dragHandle,
  onControlUsed,
}: {
  item: MenuItemForEdit
  moves: ReadonlySet<MenuMove>
  dragHandle: React.ReactNode
  onControlUsed: (controlId: string, announcement: string) => void
}) {
  const title = menuItemTitle(item)
  const target = item.kind === 'custom' ? item.url : item.targetTitle
  return (
    <div className="rounded border border-line bg-card p-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        {dragHandle}
        <h3 className="font-bold">{title}</h3>
        <p className="text-sm text-muted">
          {kindLabels[item.kind]}
          {target ? `: ${target}` : ': no longer published or deleted, so readers do not see this item'}
        </p>
      </div>
      <RenameForm item={item} title={title} />
      <div className="mt-2 flex flex-wrap gap-2">
        {moveOrder
          .filter((move) => moves.has(move))
          .map((move) => (
            <MoveButton key={move} id={item.id} move={move} title={title} onControlUsed={onControlUsed} />
          ))}
        <RemoveButton id={item.id} title={title} />
      </div>
    </div>
  )
}

// The label of any item, and for a custom link its address too (other items follow their target).
function RenameForm({ item, title }: { item: MenuItemForEdit; title: string }) {
  const [state, formAction, isPending] = useActionState(renameMenuItemAction, initialFormState)
  const isCustom = item.kind === 'custom'
  const fields = [
    { name: 'label' as const, label: 'Navigation label', current: item.label, placeholder: item.targetTitle ?? '', maxLength: fieldLimits.menu.label },
    ...(isCustom ? [{ name: 'url' as const, label: 'URL', current: item.url, placeholder: '', maxLength: fieldLimits.menu.url }] : []),
  ]
  return (
    <form action={formAction} noValidate className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={item.id} />
      {fields.map((field) => {
        const fieldId = `menu-item-${item.id}-${field.name}`
        const error = state.fieldErrors[field.name]
        return (
          <div key={field.name} className="min-w-48 grow">
            <label htmlFor={fieldId} className="text-sm font-bold">
              {field.label}
              <span className="sr-only"> for {title}</span>
            </label>
            <input
              id={fieldId}
              name={field.name}
              type="text"
              defaultValue={state.values[field.name] ?? field.current}
              placeholder={field.placeholder}
              maxLength={field.maxLength}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
              className="input"
            />
            {error ? (
              <p id={`${fieldId}-error`} className="mt-1 text-sm font-bold text-accent-dark">
                {error}
              </p>
            ) : null}
          </div>
        )
      })}
      <button type="submit" disabled={isPending} className={smallButton}>
        {isCustom ? 'Save link' : 'Save label'}
        <span className="sr-only"> for {title}</span>
      </button>
      <span role="status" aria-live="polite" className="text-sm text-accent-dark">
        {state.status === 'refused' ? state.message : null}
      </span>
    </form>
  )
}

// Not disabled while pending: a disabled button loses focus, and the editor puts focus back on
// this same control once the menu has moved (components/admin/menu-editor.tsx).
function MoveButton({
  id,
  move,
  title,
  onControlUsed,
}: {
  id: number
  move: MenuMove
  title: string
  onControlUsed: (controlId: string, announcement: string) => void
}) {
  const [state, formAction] = useActionState(moveMenuItemAction, initialFormState)
  const controlId = `menu-item-${id}-${move}`
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="move" value={move} />
      <button
        id={controlId}
        type="submit"
        title={moveHints[move]}
        onClick={() => onControlUsed(controlId, `Moving ${title} ${moveWords[move]}: ${moveHints[move].toLowerCase()}.`)}
        className={smallButton}
      >
        Move<span className="sr-only"> {title}</span> {moveWords[move]}
      </button>
      <span role="status" aria-live="polite" className="ml-1 text-sm text-accent-dark">
        {state.status === 'refused' ? state.message : null}
      </span>
    </form>
  )
}

function RemoveButton({ id, title }: { id: number; title: string }) {
  const [state, formAction, isPending] = useActionState(removeMenuItemAction, initialFormState)
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={isPending} className={smallButton}>
        Remove<span className="sr-only"> {title}</span>
      </button>
      <span role="status" aria-live="polite" className="ml-1 text-sm text-accent-dark">
        {state.status === 'refused' ? state.message : null}
      </span>
    </form>
  )
}
