'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => undefined

// "Select all" for a bulk form whose row checkboxes join it through their `form` attribute. It needs
// JavaScript to do anything, so it is only drawn once the page runs it (the server renders nothing).
export function SelectAllCheckbox({ formId, label }: { formId: string; label: string }) {
  const isInteractive = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  if (!isInteractive) return null
  return (
    <input
      type="checkbox"
      aria-label={label}
      className="h-5 w-5"
      onChange={(event) => {
        const checked = event.currentTarget.checked
        for (const box of document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="ids"][form="${formId}"]`)) box.checked = checked
      }}
    />
  )
}
