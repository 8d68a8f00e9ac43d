import type { MenuLink } from '@/lib/menus/tree'

// Nested to any depth. Submenus open on hover and on keyboard focus (CSS :focus-within in
// app/globals.css), so the menu needs no JavaScript; on narrow screens the whole tree is listed inside
// a native <details> disclosure.
export function PrimaryMenu({ links }: { links: MenuLink[] }) {
  if (links.length === 0) return null
  return (
    <nav aria-label="Primary" className="border-t border-line">
      <details className="mx-auto max-w-6xl px-4 md:hidden">
        <summary className="cursor-pointer py-3 font-bold">Menu</summary>
        <MenuList links={links} level={1} />
      </details>
      <div className="mx-auto hidden max-w-6xl px-4 md:block">
        <MenuList links={links} level={1} />
      </div>
    </nav>
  )
}

function MenuList({ links, level }: { links: MenuLink[]; level: number }) {
  return (
    <ul
      className={
        level === 1 ? 'flex flex-col md:flex-row md:flex-wrap md:justify-center' : 'submenu rounded-b border border-line bg-card py-1 shadow-sm md:shadow-md'
      }
    >
      {links.map((link) => (
        <li key={link.id} className="menu-item">
          <a
            href={link.href}
            className="block px-3 py-2 text-ink no-underline hover:bg-accent-soft hover:text-accent-dark"
            aria-haspopup={link.children.length > 0 ? 'true' : undefined}
          >
            {link.label}
            {link.children.length > 0 && level === 1 ? <span aria-hidden="true"> ▾</span> : null}
            {link.children.length > 0 && level > 1 ? <span aria-hidden="true"> ▸</span> : null}
          </a>
          {link.children.length > 0 ? <MenuList links={link.children} level={level + 1} /> : null}
        </li>
      ))}
    </ul>
  )
}
