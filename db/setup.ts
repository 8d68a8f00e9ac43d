import 'server-only'
import { randomBytes } from 'node:crypto'
import { asc } from 'drizzle-orm'
import { hashPassword } from '@/lib/auth/password'
import { env } from '@/lib/server/env'
import { openDatabase } from './client'
import { authors } from './schema'
import { isDatabaseEmpty, seedDemoContent } from './seed'

// `npm run setup`: create and migrate the database, seed the demo blog into an empty one, and give
// the first author a password if they have none (printed once: it is stored only as a hash).
const { db, sqlite } = openDatabase(env.databasePath)
if (isDatabaseEmpty(db)) {
  const counts = await seedDemoContent(db)
  console.log(`Seeded the demo blog into ${env.databasePath}: ${counts.posts} posts, ${counts.pages} pages, ${counts.comments} comments.`)
} else {
  console.log(`Database ${env.databasePath} is up to date; it already has content, so nothing was seeded.`)
}

const [firstAuthor] = db
  .select({ id: authors.id, email: authors.email, passwordHash: authors.passwordHash })
  .from(authors)
  .orderBy(asc(authors.id))
  .limit(1)
  .all()
if (firstAuthor && !firstAuthor.passwordHash) {
  const password = randomBytes(12).toString('base64url')
  const passwordHash = await hashPassword(password)
  sqlite.prepare('update authors set password_hash = ? where id = ?').run(passwordHash, firstAuthor.id)
  console.log('')
  console.log('  The editor is at /login. Sign in with:')
  console.log(`    email:    ${firstAuthor.email}`)
  console.log(`    password: ${password}`)
  console.log('  This password is shown only now. To set another: npm run user:create -- --email E --password P')
  console.log('')
}

// Generate the session secret now, so the first `npm start` never races to create it.
void env.authSecret
sqlite.close()
