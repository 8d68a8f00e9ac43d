import 'server-only'
import { getDashboardCounts, getLastEditedDraft, listRecentComments } from '@/db/queries/dashboard'
import { getSettings } from '@/db/queries/settings'
import { getBackupSummary } from '@/lib/server/backups/scheduled'
import { requestTime } from '@/lib/server/request-time'

// What the dashboard (/admin) shows, loaded in one place so its panels only render what they get.
export async function loadDashboard(search: { drafted?: string }) {
  const [counts, recent, lastDraft, settings, backups, now] = await Promise.all([
    getDashboardCounts(),
    listRecentComments(5),
    getLastEditedDraft(),
    getSettings(),
    getBackupSummary(),
    requestTime(),
  ])
  const draftedId = search.drafted && /^\d{1,15}$/.test(search.drafted) ? Number(search.drafted) : null
  return { counts, recent, lastDraft, draftedId, backups, timeZone: settings.timeZone, now }
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>
