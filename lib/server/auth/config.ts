import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { env } from '@/lib/server/env'
import { authorizeCredentials } from '@/lib/server/auth/login'
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
        const outcome = await authorizeCredentials(parsed.data.email, parsed.data.password, request.headers.get('x-spoonpress-ip') ?? '')
        if (outcome.status === 'throttled') throw new LoginThrottled()
        return outcome.status === 'signed-in' ? outcome.user : null
      },
    }),
  ],
})
