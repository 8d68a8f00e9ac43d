import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { signOutEverywhereAction } from '@/app/(admin)/_actions/account'
import { AuthorProfileForm } from '@/components/admin/author-profile-form'
import { PasswordChangeForm } from '@/components/admin/password-change-form'
import { Button } from '@/components/ui/button'
import { SettingsForm } from '@/components/admin/settings-form'
import { getAuthorProfileValues } from '@/db/queries/authors'
import { listMedia } from '@/db/queries/media'
import { getSettings } from '@/db/queries/settings'
import { listCategories } from '@/db/queries/taxonomy'
import { requireAuthorPage } from '@/lib/server/auth/gate'
import { settingsFormValues } from '@/lib/settings-form'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Settings – Spoonpress' }

// The profile sits on this screen, below the site settings, because the editor's navigation links
// here and the profile is what readers see of the blog, like the texts above it. It is its own form,
// so an error in one never blocks saving the other.
export default async function SettingsPage() {
  const author = await requireAuthorPage()
  const [settings, categories, profile, media] = await Promise.all([getSettings(), listCategories(), getAuthorProfileValues(author.id), listMedia(200, 0)])
  if (!profile) notFound()
  const profileValues = {
    name: profile.name,
    tagline: profile.tagline,
    bio: profile.bio,
    avatarMediaId: profile.avatarMediaId === null ? '' : String(profile.avatarMediaId),
  }
  return (
    <>
      <h1 className="text-3xl font-bold">Settings</h1>
      <p className="mt-2 text-muted">Changes show on the site as soon as you save.</p>
      <section aria-labelledby="site-settings-heading" className="mt-6">
        <h2 id="site-settings-heading" className="text-2xl font-bold">
          Site settings
        </h2>
        <SettingsForm
          saved={settingsFormValues(settings)}
          categories={categories.map(({ id, name }) => ({ id, name }))}
          timeZones={Intl.supportedValuesOf('timeZone')}
        />
      </section>
      <section aria-labelledby="profile-heading" className="mt-12">
        <h2 id="profile-heading" className="text-2xl font-bold">
          Your author profile
        </h2>
        <AuthorProfileForm saved={profileValues} images={media.map(({ id, alt, url }) => ({ id, alt, url }))} />
      </section>
      <section aria-labelledby="account-heading" className="mt-12">
        <h2 id="account-heading" className="text-2xl font-bold">
          Your password and sessions
        </h2>
        <PasswordChangeForm />
        <form action={signOutEverywhereAction} className="mt-6">
          <p className="text-muted">Lost a device, or signed in somewhere you should not have? This ends every session, this one too.</p>
          <Button type="submit" variant="outline" className="mt-2">
            Sign out everywhere
          </Button>
        </form>
      </section>
    </>
  )
}
