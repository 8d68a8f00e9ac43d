import Link from 'next/link'
import type { MenuLink } from '@/lib/menus/tree'
import { SearchForm } from '@/components/search/search-form'
import { routes } from '@/lib/routes'
import { PrimaryMenu } from './primary-menu'

export function SiteHeader({ title, tagline, menu }: { title: string; tagline: string; menu: MenuLink[] }) {
  return (
    <header className="border-b border-line bg-card">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-card focus:p-2 print:hidden">
        Skip to content
      </a>
      <p className="mx-auto max-w-6xl px-4 pt-3 text-right text-base print:hidden">
        <Link href={routes.comfort}>Reading comfort</Link>
      </p>
      <div className="mx-auto max-w-6xl px-4 pt-4 pb-4 text-center">
        <p className="text-3xl font-bold tracking-tight sm:text-4xl">
          <Link href="/" className="text-ink no-underline hover:text-accent">
            {title}
          </Link>
        </p>
        {tagline ? <p className="mt-1 text-muted">{tagline}</p> : null}
        <SearchForm id="site-search" label="Site" className="mx-auto mt-4 max-w-md text-left print:hidden" />
      </div>
      <PrimaryMenu links={menu} />
    </header>
  )
}
