import Link from 'next/link'

export function SiteFooter({ title }: { title: string }) {
  return (
    <footer className="mt-12 border-t border-line bg-card print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-6 text-center text-sm text-muted">
        <p>
          Content copyright © {new Date().getFullYear()} {title}. Powered by Spoonpress.
        </p>
        <p className="mt-2">
          <Link href="/privacy">Privacy: what this site keeps about you</Link>
        </p>
      </div>
    </footer>
  )
}
