import type { MenuLink } from '@/lib/menus/tree'

// One menu in the markup for every width (a text browser or a reader with CSS off meets it once).
// Submenus open on hover and on keyboard focus (CSS :focus-within in app/globals.css); on narrow
// screens a checkbox labelled "Menu" shows and hides the whole tree, so no JavaScript is needed.
export function PrimaryMenu({ links }: { links: MenuLink[] }) {
  if (links.length === 0) return null
  return (
    <nav aria-label="Primary" className="border-t border-line print:hidden">
      <div className="mx-auto max-w-6xl px-4">
        <input type="checkbox" id="primary-menu-toggle" className="peer sr-only md:hidden" />
        <label
          htmlFor="primary-menu-toggle"
          className="block cursor-pointer py-3 font-bold peer-focus-visible:outline-3 peer-focus-visible:outline-accent md:hidden"
        >
          Menu
        </label>
        <MenuList links={links} level={1} />
      </div>
    </nav>
  )
}

function MenuList({ links, level }: { links: MenuLink[]; level: number }) {
  return (
    <ul
      className={
        level === 1
          ? 'hidden flex-col peer-checked:flex md:flex md:flex-row md:flex-wrap md:justify-center'
          : 'submenu rounded-b border border-line bg-card py-1 shadow-sm md:shadow-md'
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
