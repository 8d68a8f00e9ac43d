import Link from 'next/link'
import type { AuthorProfile } from '@/db/queries/authors'
import type { TagCount } from '@/db/queries/taxonomy'
import type { SiteSettings } from '@/lib/settings'
import { SignupForm } from '@/components/newsletter/signup-form'
import { AuthorBio } from '@/components/post/author-bio'
import { routes } from '@/lib/routes'

function Widget({ id, title, children }: { id: string; title?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-card p-5">
      {title ? (
        <h2 id={id} className="mb-3 text-xl font-bold">
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  )
}

export function Sidebar({ author, settings, tags }: { author: AuthorProfile | null; settings: SiteSettings; tags: TagCount[] }) {
  const sortedTags = [...tags].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <aside aria-label="Sidebar" className="space-y-6 print:hidden" data-focus-hide>
      {author ? (
        <section aria-label="About the author" className="rounded-lg border border-line bg-card p-5">
          <AuthorBio author={author} quote={settings.authorQuote} credit={settings.spoonTheoryCredit} headingId="sidebar-author" />
        </section>
      ) : null}
      <Widget id="sidebar-newsletter" title="Newsletter">
        <p className="mb-3 text-base">{settings.newsletterIntro}</p>
        <SignupForm idPrefix="sidebar-newsletter" source="sidebar" />
      </Widget>
      {settings.disclaimer ? (
        <Widget id="sidebar-disclaimer" title="Disclaimer">
          <p className="text-base">{settings.disclaimer}</p>
        </Widget>
      ) : null}
      {sortedTags.length > 0 ? (
        <Widget id="sidebar-tags" title="Common Tags">
          {/* A list with counts rather than a cloud sized by font alone: readable and screen-reader friendly. */}
          <ul className="flex flex-wrap gap-2 text-base">
            {sortedTags.map((tag) => (
              <li key={tag.id}>
                <Link href={routes.tag(tag.slug)} className="inline-block rounded border border-line px-2 py-0.5 no-underline hover:bg-accent-soft">
                  {tag.name} <span className="text-muted">({tag.postCount})</span>
                </Link>
              </li>
            ))}
          </ul>
        </Widget>
      ) : null}
      {settings.copyright ? (
        <Widget id="sidebar-copyright" title="Copyright">
          <p className="text-base">{settings.copyright}</p>
        </Widget>
      ) : null}
      {settings.privacyNote ? (
        <Widget id="sidebar-privacy" title="Privacy Policy">
          <p className="text-base">{settings.privacyNote}</p>
          <p className="mt-2 text-base">
            <Link href="/privacy-policy">Read the full privacy policy</Link>
          </p>
        </Widget>
      ) : null}
    </aside>
  )
}
