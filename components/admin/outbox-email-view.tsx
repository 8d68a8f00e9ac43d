import type { OutboxView } from '@/db/queries/outbox'
import { formatDateTime } from '@/lib/format'
import { outboxStatusLabels } from './outbox-table'

// The text version only: the HTML version carries links and readers' words, and is never rendered
// live in the editor (the text version says the same thing safely).
export function OutboxEmailView({ email, timeZone }: { email: OutboxView; timeZone: string }) {
  const state = email.status !== 'sent' && email.error ? `${outboxStatusLabels[email.status]}: ${email.error}` : outboxStatusLabels[email.status]
  const details: [string, string][] = [
    ['To', email.toAddress],
    ['State', state],
    ['Written', formatDateTime(email.createdAt, timeZone)],
    ['Sent', email.sentAt === null ? 'Not yet' : formatDateTime(email.sentAt, timeZone)],
    ...Object.entries(email.headers),
  ]
  return (
    <article aria-labelledby="email-subject" className="mt-4 [overflow-wrap:anywhere]">
      <h1 id="email-subject" className="text-3xl font-bold">
        {email.subject || '(no subject)'}
      </h1>
      <dl className="mt-4 space-y-1 text-base">
        {details.map(([name, value]) => (
          <div key={name} className="flex flex-wrap gap-x-3">
            <dt className="font-bold">{name}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="email-text-heading" className="mt-6">
        <h2 id="email-text-heading" className="text-xl font-bold">
          Text of the email
        </h2>
        <pre className="mt-2 overflow-x-auto rounded border border-line bg-card p-4 font-sans text-base whitespace-pre-wrap">{email.textBody}</pre>
      </section>
    </article>
  )
}
