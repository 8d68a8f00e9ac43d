import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { getAuthorAccountByEmail } from '@/db/queries/authors'
import { clearHits, countRecentHits, recordHit } from '@/db/queries/rate-limits'
import { env } from '@/lib/server/env'
import { verifyPassword } from '@/lib/auth/password'
import { isLoginThrottled, loginLimits } from '@/lib/auth/rate-limit'
import { loginInput } from '@/lib/auth/schema'

export class LoginThrottled extends CredentialsSignin {
  code = 'throttled'
}

// Credentials login for authors. Sessions are signed JWTs in an httpOnly, SameSite=Lax cookie
// (Secure when SITE_URL is https); every admin page and action still checks the session itself
// (lib/auth/gate.ts), nothing relies on this file alone.
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  trustHost: true,
  useSecureCookies: env.siteUrl.startsWith('https://'),
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: '/login' },
  callbacks: {
    // The token's subject is the author id (set from authorize's result); expose it to the gate.
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub
      return session
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = loginInput.safeParse(credentials)
        if (!parsed.success) return null
        const { email, password } = parsed.data
        const address = request.headers.get('x-spoonpress-ip') ?? ''
        const since = Date.now() - loginLimits.windowMs
        const [accountFailures, addressFailures] = await Promise.all([
          countRecentHits('login-account', email, since),
          countRecentHits('login-address', address, since),
        ])
        if (isLoginThrottled({ account: accountFailures, address: addressFailures })) throw new LoginThrottled()
        const account = await getAuthorAccountByEmail(email)
        // Always run a hash check (a dummy one for unknown emails): timing says nothing.
        const isValid = await verifyPassword(account?.passwordHash ?? null, password)
        if (!account || !account.passwordHash || !isValid) {
          await Promise.all([recordHit('login-account', email), recordHit('login-address', address)])
          return null
        }
        await clearHits('login-account', email)
        return { id: String(account.id), name: account.name, email: account.email }
      },
    }),
  ],
})
