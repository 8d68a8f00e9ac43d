import { and, eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { jobLeases } from '@/db/schema'
import { decideLease, type LeaseDecision } from '@/lib/jobs/lease'

// Background-job leases (lib/jobs/lease.ts, docs/decisions/0025-many-processes.md). The read and the
// write happen in one immediate transaction (SQLite's write lock), so two processes asking at once
// cannot both be told "take".

export async function claimJobLease(job: string, holder: string, now: number, leaseMs: number): Promise<LeaseDecision> {
  return db.transaction(
    (tx) => {
      const current = tx.select({ holder: jobLeases.holder, expiresAt: jobLeases.expiresAt }).from(jobLeases).where(eq(jobLeases.job, job)).get()
      const decision = decideLease(current ?? null, holder, now, leaseMs)
      if (decision.kind === 'take') {
        tx.insert(jobLeases)
          .values({ job, holder, expiresAt: decision.expiresAt, takenAt: now })
          .onConflictDoUpdate({ target: jobLeases.job, set: { holder, expiresAt: decision.expiresAt, takenAt: now } })
          .run()
      } else if (decision.kind === 'renew') {
        tx.update(jobLeases).set({ expiresAt: decision.expiresAt }).where(eq(jobLeases.job, job)).run()
      }
      return decision
    },
    { behavior: 'immediate' },
  )
}

/**
 * Moves the holder's lease ahead; false when it is no longer the holder (it stalled past its lease
 * and another process took the job over), and it must then stop before doing anything more.
 */
export async function renewJobLease(job: string, holder: string, now: number, leaseMs: number): Promise<boolean> {
  const renewed = await db
    .update(jobLeases)
    .set({ expiresAt: now + leaseMs })
    .where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder)))
    .returning({ job: jobLeases.job })
  return renewed.length > 0
}

export async function getJobLease(job: string) {
  const [row] = await db.select().from(jobLeases).where(eq(jobLeases.job, job))
  return row ?? null
}
