export function ShareLinks({ title, url }: { title: string; url: string }) {
  const encodedUrl = encodeURIComponent(url)
  const encodedTitle = encodeURIComponent(title)
  const links = [
    { label: 'Share on X', href: `https://x.com/intent/post?text=${encodedTitle}&url=${encodedUrl}` },
    { label: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}` },
    { label: 'Share by email', href: `mailto:?subject=${encodedTitle}&body=${encodedUrl}` },
  ]
  return (
    <nav aria-label="Share this post" className="my-8 print:hidden" data-focus-hide>
      <ul className="flex flex-wrap gap-3 text-base">
        {links.map((link) => (
          <li key={link.label}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              className="inline-block rounded border border-line bg-card px-3 py-1 no-underline hover:bg-accent-soft"
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
