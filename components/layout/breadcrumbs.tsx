import Link from 'next/link'
import { JsonLd } from '@/components/seo/json-ld'
import type { Crumb } from '@/lib/content/breadcrumbs'
import { env } from '@/lib/server/env'
import { breadcrumbListLd } from '@/lib/seo/json-ld'

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted print:hidden">
      {/* The same crumbs for search engines: what they show is what readers see. */}
      <JsonLd data={breadcrumbListLd(crumbs, env.siteUrl)} />
      <span>You are here: </span>
      <ol className="inline">
        {crumbs.map((crumb, index) => (
          <li key={`${crumb.label}-${index}`} className="inline">
            {index > 0 ? <span aria-hidden="true"> / </span> : null}
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}
