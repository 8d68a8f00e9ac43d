import 'server-only'
import { eraseCommenterNetworkDataBefore } from '@/db/queries/privacy'
import { deleteHitsBefore } from '@/db/queries/rate-limits'
import { getSettings } from '@/db/queries/settings'
import { retentionCutoffs } from '@/lib/privacy/retention'

// Run by scripts/serve.ts (through /api/privacy) every hour: commenters' IP addresses and browser
// names older than the setting are erased, and rate-limit entries no window can count are dropped.
export async function runRetention(nowMs: number): Promise<{ erasedComments: number }> {
  const settings = await getSettings()
  const cutoffs = retentionCutoffs(nowMs, settings.commenterDataDays)
  const erasedComments = cutoffs.commenterDataBefore === null ? 0 : await eraseCommenterNetworkDataBefore(cutoffs.commenterDataBefore)
  await deleteHitsBefore(cutoffs.rateLimitHitsBefore)
  return { erasedComments }
}
