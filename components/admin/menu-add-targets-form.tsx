'use client'

import { useActionState } from 'react'
import { addMenuTargetsAction } from '@/app/(admin)/_actions/menus'
import { Button } from '@/components/ui/button'
import { initialFormState } from '@/lib/form-state'

// Tick pages, categories or posts and add them all at once, as in WordPress's "Add menu items".
export function MenuAddTargetsForm({
  kind,
  legend,
  options,
  emptyText,
}: {
  kind: 'page' | 'category' | 'post'
  legend: string
  options: { id: number; title: string }[]
  emptyText: string
}) {
  const [state, formAction, isPending] = useActionState(addMenuTargetsAction, initialFormState)
  const errorId = `menu-add-${kind}-error`
  const hasError = state.status === 'invalid' || state.status === 'refused'
  return (
    <form action={formAction} className="mt-2">
      <input type="hidden" name="kind" value={kind} />
      <fieldset aria-describedby={hasError ? errorId : undefined}>
        <legend className="sr-only">{legend}</legend>
        {options.length === 0 ? <p className="text-sm text-muted">{emptyText}</p> : null}
        <ul className="max-h-64 space-y-1 overflow-y-auto rounded border border-line bg-paper p-2">
          {options.map((option) => (
            <li key={option.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="targetId" value={option.id} className="mt-1.5" />
                <span className="min-w-0 wrap-anywhere">{option.title}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div role="status" aria-live="polite">
        {state.message ? (
          <p id={hasError ? errorId : undefined} className={hasError ? 'mt-1 text-sm font-bold text-accent-dark' : 'mt-1 text-sm font-bold text-sage'}>
            {state.message}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={isPending || options.length === 0} variant="secondary" size="sm" className="mt-2">
        Add to menu<span className="sr-only"> ({legend.toLowerCase()})</span>
      </Button>
    </form>
  )
}
