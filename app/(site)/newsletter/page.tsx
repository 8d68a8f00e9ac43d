import type { Metadata } from 'next'
import { SignupForm } from '@/components/newsletter/signup-form'
import { getSettings } from '@/db/queries/settings'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Newsletter' }

export default async function NewsletterPage() {
  const settings = await getSettings()
  return (
    <section aria-labelledby="newsletter-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="newsletter-title" className="text-3xl font-bold">
        The {settings.siteTitle} newsletter
      </h1>
      <p className="mt-3">{settings.newsletterIntro}</p>
      <div className="mt-6 max-w-md">
        <SignupForm idPrefix="newsletter-page" source="page" />
      </div>
    </section>
  )
}
