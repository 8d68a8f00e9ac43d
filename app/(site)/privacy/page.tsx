import type { Metadata } from 'next'
import { getSettings } from '@/db/queries/settings'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Privacy' }

// The privacy page: the author's own words (Settings, "Privacy page"), then what the site itself
// stores and for how long, drawn from the settings so it never goes out of date.
export default async function PrivacyPage() {
  const settings = await getSettings()
  const paragraphs = settings.privacyPolicy.split(/\r?\n\s*\r?\n/).filter((paragraph) => paragraph.trim() !== '')
  return (
    <section aria-labelledby="privacy-title" className="rounded-lg border border-line bg-card p-8">
      <h1 id="privacy-title" className="text-3xl font-bold">
        Privacy
      </h1>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="mt-3 whitespace-pre-line">
          {paragraph}
        </p>
      ))}
      <h2 className="mt-8 text-2xl font-bold">What this site keeps</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          When you comment: the name, email address and website you give, your comment, and your IP address and browser name (to stop spam).{' '}
          {settings.commenterDataDays > 0
            ? `The IP address and browser name are erased after ${settings.commenterDataDays} days.`
            : 'The IP address and browser name are kept until the comment is deleted.'}{' '}
          Your email address is never shown.
        </li>
        <li>When you subscribe to the newsletter: your email address and the first name you give, until you unsubscribe.</li>
        <li>No tracking, no advertising, and nothing loaded from other sites.</li>
        <li>You can ask the author for a copy of what the site holds about your email address, or to erase it.</li>
      </ul>
    </section>
  )
}
