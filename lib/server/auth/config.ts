import 'server-only'
import { randomUUID } from 'node:crypto'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { env, pointAuthAtSiteUrl } from '@/lib/server/env'
import { authorizeCredentials } from '@/lib/server/auth/login'
import { loginInput } from '@/lib/auth/schema'

declare module 'next-auth' {
  interface User {
    sessionVersion?: number
  }
  interface Session {
    sessionVersion?: number
    sessionId?: string
  }
}

export class LoginThrottled extends CredentialsSignin {
  code = 'throttled'
}

// Credentials login for authors. Sessions are signed JWTs in an httpOnly, SameSite=Lax cookie
// (Secure when SITE_URL is https); every admin page and action still checks the session itself
// (lib/auth/gate.ts), nothing relies on this file alone.
pointAuthAtSiteUrl()

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  trustHost: true,
  useSecureCookies: env.siteUrl.startsWith('https://'),
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: '/login' },
  callbacks: {
    // The author's session version is written into the token once, at sign-in, and never refreshed
    // (not even on an "update" call a client can trigger): a token from before a sign-out or a password
    // change keeps its old version and the gate refuses it (lib/auth/gate.ts).
    jwt({ token, user, trigger }) {
      if (trigger === 'signIn' && user) {
        token.sessionVersion = user.sessionVersion ?? 0
        // Names this session (stable across token refreshes), so a password change can keep it alone.
        token.sessionId = randomUUID()
      }
      return token
    },
    // The token's subject is the author id (set from authorize's result); expose it and the version to the gate.
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub
      session.sessionVersion = typeof token.sessionVersion === 'number' ? token.sessionVersion : -1
      session.sessionId = typeof token.sessionId === 'string' ? token.sessionId : ''
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
