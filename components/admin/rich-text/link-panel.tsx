'use client'

import { useState } from 'react'
import { isAcceptedLinkAddress } from '@/lib/content/urls'
import { relForLink } from './addresses'
import { AddressField, PanelActions, PanelFrame, panelButtonClass, panelKeys, type PanelProps } from './panel-frame'

// Adds, edits or removes the link at the selection, with the affiliate (rel="sponsored") choice.
export function LinkPanel({ id, editor, onClose }: PanelProps) {
  const [current] = useState(() => editor.getAttributes('link') as { href?: string | null; rel?: string | null })
  const [href, setHref] = useState(current.href ?? '')
  const [affiliate, setAffiliate] = useState(() => (current.rel ?? '').toLowerCase().split(/\s+/).includes('sponsored'))
  const [error, setError] = useState<string | null>(null)
  const hasLink = Boolean(current.href)
  const inputId = `${id}-address`

  function apply() {
    const address = href.trim()
    if (!isAcceptedLinkAddress(address)) {
      setError('This address can’t be used. Start it with https://, http:// or mailto:, or with / for a page on this site.')
      document.getElementById(inputId)?.focus()
      return
    }
    const rel = relForLink(current.rel, affiliate)
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the link text.
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: address, marks: [{ type: 'link', attrs: { href: address, rel } }] })
        .unsetMark('link')
        .run()
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: address, rel }).run()
    }
    onClose(false)
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose(false)
  }

  return (
    <PanelFrame id={id} title={hasLink ? 'Edit link' : 'Add a link'} onKeyDown={(event) => panelKeys(event, apply, () => onClose(true))}>
      <AddressField
        id={inputId}
        hintId={`${id}-hint`}
        errorId={`${id}-error`}
        label="Link address"
        hint="A web address (https://…), an email link (mailto:…) or a page on this site (/…)."
        error={error}
        value={href}
        onChange={(value) => {
          setHref(value)
          setError(null)
        }}
      />
      <div className="flex items-start gap-2">
        <input
          id={`${id}-affiliate`}
          type="checkbox"
          checked={affiliate}
          onChange={(event) => setAffiliate(event.target.checked)}
          aria-describedby={`${id}-affiliate-hint`}
          className="mt-1.5 size-5"
        />
        <div>
          <label htmlFor={`${id}-affiliate`} className="font-semibold">
            Affiliate link
          </label>
          <p id={`${id}-affiliate-hint`} className="text-sm text-muted">
            Marks the link as paid (rel=&quot;sponsored nofollow&quot;), so the post shows the affiliate notice.
          </p>
        </div>
      </div>
      <PanelActions label="Apply" onAction={apply} onCancel={() => onClose(true)}>
        <button type="button" onClick={remove} disabled={!hasLink} className={panelButtonClass}>
          Remove link
        </button>
      </PanelActions>
    </PanelFrame>
  )
}
