'use client'

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3">Sorry, this page could not be shown just now. Nothing you typed has been lost on our side.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-accent px-4 py-2 text-on-accent">
        Try again
      </button>
    </main>
  )
}
