import 'server-only'
import { parseArgs } from 'node:util'
import { eq, sql } from 'drizzle-orm'
import { openDatabase } from '@/db/client'
import { authors } from '@/db/schema'
import { hashPassword } from '@/lib/auth/password'
import { userCreateInput } from '@/lib/auth/schema'
import { slugify, uniqueSlug } from '@/lib/content/slug'
import { env } from '@/lib/server/env'

// `npm run user:create -- --email E --password P [--name N]`: adds an author, or sets a new password
// for an existing one (the way back in for someone who lost theirs). Non-interactive on purpose.
const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } })
const parsed = userCreateInput.safeParse(values)
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0] ?? '')}: ${issue.message}`)
  console.error('Usage: npm run user:create -- --email you@example.com --password "a long password" [--name "Your Name"]')
  process.exit(1)
}
const { email, password, name } = parsed.data
const { db, sqlite } = openDatabase(env.databasePath)
const passwordHash = await hashPassword(password)
const existing = db.select({ id: authors.id }).from(authors).where(eq(authors.email, email)).get()
if (existing) {
  // A new password ends every session of this author (lib/auth/gate.ts checks the version).
  db.update(authors)
    .set({ passwordHash, sessionVersion: sql`${authors.sessionVersion} + 1`, ...(name ? { name } : {}) })
    .where(eq(authors.id, existing.id))
    .run()
  console.log(`Updated the password of ${email}; every session of this author is signed out.`)
} else {
  const displayName = name ?? email.split('@')[0] ?? email
  const slug = await uniqueSlug(slugify(displayName), (candidate) => db.select({ id: authors.id }).from(authors).where(eq(authors.slug, candidate)).get() !== undefined)
  db.insert(authors).values({ email, name: displayName, slug, passwordHash }).run()
  console.log(`Created the author ${displayName} <${email}>. Sign in at ${env.siteUrl}/login`)
}
sqlite.close()
