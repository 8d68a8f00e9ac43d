import Link from 'next/link'

export default function NotFound() {
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3">We couldn’t find that page.</p>
      <p className="mt-3">
        <Link href="/">Go to the home page</Link>
      </p>
    </main>
  )
}
