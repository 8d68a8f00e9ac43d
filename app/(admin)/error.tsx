'use client'

import { Button } from '@/components/ui/button'

// Shown inside the editor's layout (its menu stays usable) when a screen fails to render. Form
// errors never reach here: actions return them to their form (lib/form-state.ts).
export default function EditorErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-2xl py-8">
      <h1 className="text-2xl font-bold">This screen could not be shown</h1>
      <p className="mt-3">
        Nothing you saved has been lost. Please try again; if it keeps happening, the server log has the details
        {error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <Button type="button" onClick={reset} size="md" className="mt-4">
        Try again
      </Button>
    </div>
  )
}
