import 'server-only'
import { claimJobLease, renewJobLease } from '@/db/queries/job-leases'
import { env } from '@/lib/server/env'

// Background jobs run in exactly one process at a time (docs/decisions/0025-many-processes.md): every
// web process of `npm start` calls the job routes on its timers, and each run first claims the job's
// lease row in SQLite (lib/jobs/lease.ts). The holder keeps it by renewing; the others skip the run.
// A holder that dies leaves the job to whoever asks once its lease has expired.

/** Longer than the gap between two runs of the frequent jobs (2 to 5 s), so the holder keeps its job. */
export const JOB_LEASE_MS = 15_000

export type JobLease = {
  /**
   * Renews the lease and says whether this process still holds it. Call it before each step that
   * must happen once (an email handed to the mail server); stop when it answers false.
   */
  stillHeld(): Promise<boolean>
}

/**
 * Runs `run` only if this process holds (or can take) the job's lease; resolves with null otherwise.
 * While `run` is busy the lease is renewed in the background, so a long run (a backup) keeps it.
 */
export async function withJobLease<T>(job: string, run: (lease: JobLease) => Promise<T>, leaseMs = JOB_LEASE_MS): Promise<T | null> {
  const holder = env.processId
  const claimedAt = Date.now()
  const decision = await claimJobLease(job, holder, claimedAt, leaseMs)
  if (decision.kind === 'wait') return null
  let isHeld = true
  let renewedAt = claimedAt
  // Within the first third of the lease nobody else can have taken it: no write needed.
  const stillHeld = async () => {
    const now = Date.now()
    if (isHeld && now - renewedAt >= leaseMs / 3) {
      isHeld = await renewJobLease(job, holder, now, leaseMs)
      renewedAt = now
    }
    return isHeld
  }
  const renewal = setInterval(() => void stillHeld().catch(() => undefined), Math.max(1, Math.floor(leaseMs / 3)))
  renewal.unref()
  try {
    return await run({ stillHeld })
  } finally {
    clearInterval(renewal)
  }
}
