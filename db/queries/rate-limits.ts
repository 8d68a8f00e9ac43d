import 'server-only'
import { and, count, desc, eq, gte, inArray, lt, max } from 'drizzle-orm'
import { loginBuckets, loginLimits, loginPairKey, mayCheckPassword } from '@/lib/auth/rate-limit'
import { db } from '../client'
import { rateLimitHits } from '../schema'

export async function countRecentHits(bucket: string, key: string, sinceMs: number): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.createdAt, sinceMs)))
  return row?.count ?? 0
}

export async function recordHit(bucket: string, key: string): Promise<void> {
  await db.insert(rateLimitHits).values({ bucket, key, createdAt: Date.now() })
}

/**
 * Counts and records in one transaction: true (and recorded) when fewer than `limit` hits were in the
 * window, false (and nothing recorded) otherwise. Parallel callers cannot all pass a count of zero.
 */
export async function takeHit(bucket: string, key: string, windowMs: number, limit: number, nowMs = Date.now()): Promise<boolean> {
  return db.transaction(
    (tx) => {
      const where = and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.createdAt, nowMs - windowMs))
      const recent = tx.select({ count: count() }).from(rateLimitHits).where(where).get()?.count ?? 0
      if (recent >= limit) return false
      tx.insert(rateLimitHits).values({ bucket, key, createdAt: nowMs }).run()
      return true
    },
    { behavior: 'immediate' },
  )
}

export async function clearHits(bucket: string, key: string): Promise<void> {
  await db.delete(rateLimitHits).where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key)))
}

// Old hits are only ever counted inside a window; drop what no window can reach.
export async function deleteHitsBefore(beforeMs: number): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.createdAt, beforeMs))
}

export type LoginReservation = { mayCheck: boolean; reservedIds: number[] }

/**
 * Records a login attempt as a failure BEFORE its password is checked, in one immediate transaction
 * with the counts that decide it (docs/decisions/0014-login-throttle.md). Every attempt is recorded
 * against its account-and-address pair and its address; an attempt that may be checked is also
 * recorded against the account (the brake). A sign-in that succeeds takes its reservation back.
 */
export async function reserveLoginAttempt(email: string, address: string, nowMs = Date.now()): Promise<LoginReservation> {
  const pairKey = loginPairKey(email, address)
  const accountKey = email.trim().toLowerCase()
  return db.transaction(
    (tx) => {
      const countSince = (bucket: string, key: string, sinceMs: number) =>
        tx
          .select({ count: count() })
          .from(rateLimitHits)
          .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.createdAt, sinceMs)))
          .get()?.count ?? 0
      const inserted = tx
        .insert(rateLimitHits)
        .values([
          { bucket: loginBuckets.pair, key: pairKey, createdAt: nowMs },
          { bucket: loginBuckets.address, key: address, createdAt: nowMs },
        ])
        .returning({ id: rateLimitHits.id })
        .all()
      const lastCheck = tx
        .select({ at: max(rateLimitHits.createdAt) })
        .from(rateLimitHits)
        .where(and(eq(rateLimitHits.bucket, loginBuckets.account), eq(rateLimitHits.key, accountKey)))
        .get()?.at
      const mayCheck = mayCheckPassword({
        pair: countSince(loginBuckets.pair, pairKey, nowMs - loginLimits.windowMs),
        address: countSince(loginBuckets.address, address, nowMs - loginLimits.windowMs),
        accountFailures: countSince(loginBuckets.account, accountKey, nowMs - loginLimits.accountWindowMs),
        lastAccountCheckMs: lastCheck ?? null,
        isKnownAddress: countSince(loginBuckets.known, pairKey, nowMs - loginLimits.knownAddressMs) > 0,
        nowMs,
      })
      if (!mayCheck) return { mayCheck, reservedIds: inserted.map((row) => row.id) }
      const [brake] = tx
        .insert(rateLimitHits)
        .values({ bucket: loginBuckets.account, key: accountKey, createdAt: nowMs })
        .returning({ id: rateLimitHits.id })
        .all()
      return { mayCheck, reservedIds: [...inserted, ...(brake ? [brake] : [])].map((row) => row.id) }
    },
    { behavior: 'immediate' },
  )
}

/** The password was right: this attempt was not a failure, the pair starts afresh, the address is known. */
export async function settleLoginSuccess(email: string, address: string, reservation: LoginReservation, nowMs = Date.now()): Promise<void> {
  const pairKey = loginPairKey(email, address)
  return db.transaction((tx) => {
    if (reservation.reservedIds.length > 0) tx.delete(rateLimitHits).where(inArray(rateLimitHits.id, reservation.reservedIds)).run()
    tx.delete(rateLimitHits)
      .where(and(eq(rateLimitHits.bucket, loginBuckets.pair), eq(rateLimitHits.key, pairKey)))
      .run()
    tx.delete(rateLimitHits)
      .where(and(eq(rateLimitHits.bucket, loginBuckets.known), eq(rateLimitHits.key, pairKey)))
      .run()
    tx.insert(rateLimitHits).values({ bucket: loginBuckets.known, key: pairKey, createdAt: nowMs }).run()
  })
}

/** Newest first, for tests and the privacy tools. */
export async function listHits(bucket: string): Promise<{ key: string; createdAt: number }[]> {
  return db
    .select({ key: rateLimitHits.key, createdAt: rateLimitHits.createdAt })
    .from(rateLimitHits)
    .where(eq(rateLimitHits.bucket, bucket))
    .orderBy(desc(rateLimitHits.createdAt))
}
