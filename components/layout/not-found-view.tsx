import Link from 'next/link'

export function NotFoundView() {
  return (
    <section aria-labelledby="not-found-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="not-found-title" className="text-3xl font-bold">
        Page not found
      </h1>
      <p className="mt-3">We couldn’t find that page. It may have moved, or the link may be mistyped.</p>
      <p className="mt-3">
        <Link href="/">Go to the home page</Link>
      </p>
    </section>
  )
}
