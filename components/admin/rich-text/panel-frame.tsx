'use client'

import type { Editor } from '@tiptap/react'
import type { KeyboardEvent, ReactNode } from 'react'
import { buttonClass } from '@/components/ui/button'
import { Field, type ControlProps } from '@/components/ui/field'

export type PanelProps = {
  id: string
  editor: Editor
  /** Closes the panel; true returns focus to the toolbar button that opened it. */
  onClose: (returnFocus: boolean) => void
}

export const panelButtonClass = buttonClass({
  variant: 'secondary',
  size: 'bare',
  className: 'min-h-11 rounded-md border-[#8a8278] px-3 text-base disabled:opacity-50',
})
const panelPrimaryClass = buttonClass({ size: 'bare', className: 'min-h-11 rounded-md px-4 text-base font-semibold' })

export function PanelFrame({
  id,
  title,
  onKeyDown,
  children,
}: {
  id: string
  title: string
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
  children: ReactNode
}) {
  return (
    <div id={id} role="group" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown} className="mt-2 space-y-3 rounded-md border border-line bg-card p-3">
      <p id={`${id}-title`} className="font-semibold">
        {title}
      </p>
      {children}
    </div>
  )
}

type PanelFieldProps = { id: string; hintId?: string; errorId?: string; label: string; hint: ReactNode; error?: string | null }

// A panel's text field: no name, so it is never posted with the post; its error is announced at once.
export function PanelField({ id, hintId, errorId, label, hint, error, children }: PanelFieldProps & { children: (control: ControlProps) => ReactNode }) {
  return (
    <Field
      id={id}
      hintId={hintId}
      errorId={errorId}
      label={label}
      hint={hint}
      error={error}
      hintFirst
      labelClassName="block font-semibold"
      errorClassName="mt-1 text-sm font-semibold"
      errorRole="alert"
    >
      {children}
    </Field>
  )
}

// The address box of the link and image panels: a text box with a URL keyboard, focused on opening.
export function AddressField({ value, onChange, ...field }: PanelFieldProps & { value: string; onChange: (value: string) => void }) {
  return (
    <PanelField {...field}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="input"
        />
      )}
    </PanelField>
  )
}

// A panel's buttons: its action first, Cancel last (focus goes back to the toolbar), others between.
export function PanelActions({ label, onAction, onCancel, children }: { label: string; onAction: () => void; onCancel: () => void; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" onClick={onAction} className={panelPrimaryClass}>
        {label}
      </button>
      {children}
      <button type="button" onClick={onCancel} className={panelButtonClass}>
        Cancel
      </button>
    </div>
  )
}

// The panels sit inside the post's <form>: Enter in their inputs must run the panel's action, not
// submit the post, and their inputs have no name so they are never posted.
export function panelKeys(event: KeyboardEvent<HTMLDivElement>, onEnter: () => void, onEscape: () => void) {
  if (event.key === 'Escape') {
    event.preventDefault()
    onEscape()
  } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
    event.preventDefault()
    onEnter()
  }
}
