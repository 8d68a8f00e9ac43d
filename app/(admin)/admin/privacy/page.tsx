import type { Metadata } from 'next'
import { PersonalDataEraseForm } from '@/components/admin/personal-data-erase-form'
import { Button } from '@/components/ui/button'
import { getSettings } from '@/db/queries/settings'
import { requireAuthorPage } from '@/lib/server/auth/gate'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Privacy – Spoonpress' }

// WordPress's Tools > Export / Erase Personal Data: what the site holds about one email address.
export default async function PrivacyToolsPage() {
  await requireAuthorPage()
  const settings = await getSettings()
  return (
    <>
      <h1 className="text-3xl font-bold">Privacy</h1>
      <p className="mt-2 text-muted">
        When someone asks what this site holds about them, or asks you to forget them. Commenters’ IP addresses and browser names are erased automatically after{' '}
        {settings.commenterDataDays > 0 ? `${settings.commenterDataDays} days` : 'never (see Settings)'}.
      </p>
      <section aria-labelledby="export-heading" className="mt-8">
        <h2 id="export-heading" className="text-2xl font-bold">
          Export personal data
        </h2>
        <p className="mt-1">Their comments (with IP addresses and browsers), newsletter subscriptions and reply-notification settings, as a JSON file.</p>
        <form action="/admin/privacy/export" method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-line bg-card p-4">
          <div>
            <label htmlFor="export-email" className="block font-bold">
              Email address to export
            </label>
            <input id="export-email" name="email" type="email" required maxLength={254} autoComplete="off" className="input max-w-sm" />
          </div>
          <Button type="submit">Download personal data</Button>
        </form>
      </section>
      <section aria-labelledby="erase-heading" className="mt-12">
        <h2 id="erase-heading" className="text-2xl font-bold">
          Erase personal data
        </h2>
        <PersonalDataEraseForm />
      </section>
    </>
  )
}
