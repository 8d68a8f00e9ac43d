'use client'

import { useEffect, useState } from 'react'
import { Button } from '@/components/ui/button'
import { saveStateText, type SaveState } from '@/lib/posts/save-state'
import type { LocalCopy } from './local-copy'

// The save state, stuck to the bottom of the screen while the form is in view ("Saved 10 s ago",
// "Saving…", "Not saved: offline"). Not a live region: the status panel announces saves; this one
// would repeat itself every few seconds. Drawn only once the page runs JavaScript (autosave needs it).
export function SaveStateLine({ state }: { state: SaveState }) {
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    const tick = () => setNow(Date.now())
    tick()
    const timer = setInterval(tick, 5_000)
    return () => clearInterval(timer)
  }, [])
  const isUnsaved = state.kind === 'offline' || state.kind === 'failed'
  return (
    <p
      data-testid="save-state"
      className={`sticky bottom-0 z-10 border-t border-line bg-paper py-2 text-base empty:hidden lg:col-span-2 ${isUnsaved ? 'font-bold text-accent-dark' : 'text-muted'}`}
    >
      {now === null ? null : saveStateText(state, now)}
    </p>
  )
}

// Typing kept in this browser that the server never received (the tab was closed while offline).
export function LocalCopyOffer({
  copy,
  isOnTopOfOlderVersion,
  onAccept,
  onDiscard,
}: {
  copy: LocalCopy
  isOnTopOfOlderVersion: boolean
  onAccept: () => void
  onDiscard: () => void
}) {
  const typedAt = new Date(copy.typedAt).toLocaleString()
  return (
    <div role="alert" className="space-y-2 rounded border border-accent bg-accent-soft p-3">
      <p>
        This browser kept what you typed at {typedAt}, which was never saved
        {isOnTopOfOlderVersion ? ' (it was typed on an earlier version of this post)' : ''}.
      </p>
      <p className="flex flex-wrap gap-2">
        <Button type="button" size="md" className="min-h-11" onClick={onAccept}>
          Put it back
        </Button>
        <Button type="button" variant="outline" size="md" className="min-h-11" onClick={onDiscard}>
          Discard it
        </Button>
      </p>
    </div>
  )
}
