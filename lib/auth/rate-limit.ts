// Login throttling rules (docs/decisions/0014-login-throttle.md). The attempts themselves live in the
// rate_limit_hits table, so limits survive restarts; every attempt is recorded before its password is
// checked, in the same transaction as the count (db/queries/rate-limits.ts reserveLoginAttempt).
//
// - per account AND address ("login-pair"): a few failures, then that address is refused for that
//   account, even with the right password. A stranger cannot lock the author out from elsewhere.
// - per address across accounts ("login-address"): one machine cannot try many accounts.
// - per account, from every address ("login-account", a slower brake): once an account has had many
//   failed checks within the hour, addresses it has never signed in from get one check per interval
//   for it, so a botnet gets a trickle of guesses while the author's own addresses are unaffected.
export const loginLimits = {
  windowMs: 15 * 60 * 1000,
  perPair: 5,
  perAddress: 20,
  accountWindowMs: 60 * 60 * 1000,
  perAccountBeforeBrake: 50,
  brakeIntervalMs: 30 * 1000,
  // An address the author signed in from within this time is "known" to the brake.
  knownAddressMs: 30 * 24 * 60 * 60 * 1000,
} as const

export const loginBuckets = {
  pair: 'login-pair',
  address: 'login-address',
  account: 'login-account',
  known: 'login-known',
} as const

export function loginPairKey(email: string, address: string): string {
  return `${email.trim().toLowerCase()} ${address}`
}

/** What the database holds when an attempt arrives, this attempt already counted in pair and address. */
export type LoginAttemptCounts = {
  pair: number
  address: number
  accountFailures: number
  lastAccountCheckMs: number | null
  isKnownAddress: boolean
  nowMs: number
}

/** Whether this attempt may have its password checked. */
export function mayCheckPassword(counts: LoginAttemptCounts): boolean {
  if (counts.pair > loginLimits.perPair || counts.address > loginLimits.perAddress) return false
  if (counts.isKnownAddress || counts.accountFailures < loginLimits.perAccountBeforeBrake) return true
  return counts.lastAccountCheckMs === null || counts.nowMs - counts.lastAccountCheckMs >= loginLimits.brakeIntervalMs
}
