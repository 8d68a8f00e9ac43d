import Link from 'next/link'
import type { BackupSummary } from '@/lib/server/backups/scheduled'
import { formatDateTime } from '@/lib/format'

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

// The dashboard's backup line: the last automatic backup's outcome and a download link for the newest.
export function BackupStatus({ summary, timeZone }: { summary: BackupSummary; timeZone: string }) {
  const { isEnabled, time, last, latest } = summary
  return (
    <section aria-labelledby="backups" className="mt-8">
      <h2 id="backups" className="text-xl font-bold">
        Backups
      </h2>
      <p className="mt-2">
        {isEnabled ? `A backup of everything is written every day at ${time}.` : 'Automatic backups are off.'}{' '}
        <Link href="/admin/settings#field-backupTime">Change this in Settings</Link>.
      </p>
      {last && !last.ok ? (
        <p className="mt-2 text-accent-dark" role="status">
          The last backup, {formatDateTime(last.at, timeZone)}, failed: {last.error}
        </p>
      ) : null}
      {latest ? (
        <p className="mt-2">
          Latest: {formatDateTime(latest.createdAt, timeZone)} ({megabytes(latest.bytes)}).{' '}
          <a href={`/admin/backups/${encodeURIComponent(latest.name)}`} download>
            Download the latest backup
          </a>
        </p>
      ) : (
        <p className="mt-2 text-muted">No automatic backup yet.</p>
      )}
    </section>
  )
}
