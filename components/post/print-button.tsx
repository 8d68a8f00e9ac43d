'use client'

import { useSyncExternalStore } from 'react'
import { buttonClass } from '@/components/ui/button'

const subscribe = () => () => undefined

// With JavaScript, a button that opens the browser's print dialog; without, how to open it.
export function PrintButton() {
  const canPrint = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  if (!canPrint) return <p className="text-base">To print, use your browser&apos;s Print command (Ctrl+P, or ⌘P on a Mac).</p>
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass()}>
      Print
    </button>
  )
}
