'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'

// The editor's menu as a <details>: a "Menu" button below a tablet width, always open above it (the
// CSS in app/globals.css). With JavaScript, moving to another editor page closes it again, since the
// layout (and so this element) stays on screen across client-side navigation. Decision 0023.
export function EditorMenu({ summary, children }: { summary: React.ReactNode; children: React.ReactNode }) {
  const pathname = usePathname()
  const menuRef = useRef<HTMLDetailsElement>(null)
  const shownPath = useRef(pathname)
  const isHistoryMove = useRef(false)
  useEffect(() => {
    const onPopState = () => (isHistoryMove.current = true)
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
  useEffect(() => {
    if (menuRef.current) menuRef.current.open = false
    // A new editor page opens at its top, menu button included, as a full page load would: Next only
    // scrolls the changed part (the <main>) into view, which leaves the menu above the screen on a
    // phone. Not for Back/Forward (the browser restores where the author was) or a #fragment.
    if (shownPath.current !== pathname && !isHistoryMove.current && window.location.hash === '') window.scrollTo(0, 0)
    shownPath.current = pathname
    isHistoryMove.current = false
  }, [pathname])
  return (
    <details ref={menuRef} className="editor-menu">
      <summary className="inline-flex min-h-11 min-w-11 cursor-pointer items-center gap-2 rounded border border-line bg-card px-3 font-bold text-ink">
        {summary}
      </summary>
      {children}
    </details>
  )
}
