// Which process runs a background job (docs/decisions/0025-many-processes.md). A lease row in SQLite
// names its holder and when it runs out: the holder renews it while it keeps running the job, and
// another process (a second worker, or a second host on the same database) takes the job over only
// once the lease has expired, so a crashed holder stops nothing for longer than one lease.

export type HeldLease = { holder: string; expiresAt: number }

export type LeaseDecision = { kind: 'take'; expiresAt: number } | { kind: 'renew'; expiresAt: number } | { kind: 'wait'; holder: string; until: number }

export function decideLease(current: HeldLease | null, claimant: string, now: number, leaseMs: number): LeaseDecision {
  if (!(leaseMs > 0)) throw new Error('leaseMs must be positive')
  const expiresAt = now + leaseMs
  if (current === null) return { kind: 'take', expiresAt }
  if (current.holder === claimant) return { kind: 'renew', expiresAt }
  // Expiry is exclusive: at exactly expiresAt the old holder's time is up.
  if (current.expiresAt <= now) return { kind: 'take', expiresAt }
  return { kind: 'wait', holder: current.holder, until: current.expiresAt }
}
