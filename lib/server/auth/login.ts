import 'server-only'
import { getAuthorAccountByEmail } from '@/db/queries/authors'
import { reserveLoginAttempt, settleLoginSuccess } from '@/db/queries/rate-limits'
import { verifyPassword } from '@/lib/auth/password'

export type LoginOutcome =
  | { status: 'signed-in'; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { status: 'wrong' }
  | { status: 'throttled' }

// The credentials check behind the login form (lib/auth/config.ts authorize). The attempt is recorded
// as a failure before the password is verified (docs/decisions/0014-login-throttle.md).
export async function authorizeCredentials(email: string, password: string, address: string): Promise<LoginOutcome> {
  const reservation = await reserveLoginAttempt(email, address)
  if (!reservation.mayCheck) return { status: 'throttled' }
  const account = await getAuthorAccountByEmail(email)
  // Always run a hash check (a dummy one for unknown emails): timing says nothing.
  const isValid = await verifyPassword(account?.passwordHash ?? null, password)
  if (!account || !account.passwordHash || !isValid) return { status: 'wrong' }
  await settleLoginSuccess(email, address, reservation)
  return { status: 'signed-in', user: { id: String(account.id), name: account.name, email: account.email, sessionVersion: account.sessionVersion } }
}
